# style: getattr and hasattr with literal names
# expect: email: none
# expect: has id: True
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(name="Ivan")
print("email:", getattr(customer, "email", None) or "none")
print("has id:", hasattr(customer, "id"))
