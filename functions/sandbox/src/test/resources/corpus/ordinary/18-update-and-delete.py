# style: modify then delete
# expect: updated: Grace Hopper
# expect: deleted: True
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(name="Grace")
updated = stripe.Customer.modify(customer.id, name="Grace Hopper", metadata={"vip": "yes"})
print("updated:", updated.name)
deleted = stripe.Customer.delete(customer.id)
print("deleted:", deleted.deleted)
