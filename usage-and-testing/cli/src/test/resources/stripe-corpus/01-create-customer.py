# Stripe API reference: Create a customer
import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(
    name="Jenny Rosen",
    email="jennyrosen@example.com",
    description="Created from the API reference example",
)
print("Created customer:", customer.id)
print("Email:", customer.email)
print("Name:", customer["name"])
print("Object:", customer.object, "livemode:", customer.livemode)
