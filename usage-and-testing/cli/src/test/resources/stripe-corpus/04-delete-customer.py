import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

first = stripe.Customer.create(email="delete-me-1@example.com")
second = stripe.Customer.create(email="delete-me-2@example.com")

result = stripe.Customer.delete(first.id)
print("class style deleted:", result.deleted, result.id == first.id)

second.delete()
print("instance style deleted:", second.get("deleted", False))

gone = stripe.Customer.retrieve(first.id)
print("retrieve after delete -> deleted:", gone.get("deleted"))
