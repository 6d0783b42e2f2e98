# style: plain top-level script
# expect: Created customer cus_
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(name="Alice Smith", email="alice@test.com")
print(f"Created customer {customer.id} ({customer.email})")
