import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]
stripe.max_network_retries = 2
stripe.set_app_info("corpus-tests", version="1.0.0", url="https://example.com")

customer = stripe.Customer.create(email="versioned@example.com", stripe_version="2024-06-20")
print("customer:", customer.object)
print("version header present:", bool(customer.last_response.headers.get("stripe-version")))
print("request id:", customer.last_response.request_id.startswith("req_"))

client = stripe.StripeClient(os.environ["STRIPE_API_KEY"], max_network_retries=3)
print("client works:", client.customers.retrieve(customer.id).email)
