"""Update a customer through the object itself (instance style)."""
import os

import stripe

stripe.api_key = os.environ.get("STRIPE_API_KEY")

customer = stripe.Customer.create(email="grace@example.com")
customer.name = "Grace Hopper"
customer.description = "Rear admiral"
customer.metadata["team"] = "navy"
customer.save()

fresh = stripe.Customer.retrieve(customer.id)
print("name:", fresh.name)
print("description:", fresh.description)
print("team:", fresh.metadata.get("team"))

customer.refresh()
print("refreshed name:", customer.name)
