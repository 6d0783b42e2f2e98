# style: printing a StripeObject and to_dict
# expect: "object": "customer"
import json
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(name="Judy", email="judy@test.com")
print(customer)
print(json.dumps(customer.to_dict(), sort_keys=True))
