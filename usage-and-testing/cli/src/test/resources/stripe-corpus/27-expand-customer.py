import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(name="Expanded Eve", email="eve@example.com")
intent = stripe.PaymentIntent.create(amount=1200, currency="usd", customer=customer.id)

plain = stripe.PaymentIntent.retrieve(intent.id)
print("without expand:", type(plain.customer).__name__, plain.customer == customer.id)

expanded = stripe.PaymentIntent.retrieve(intent.id, expand=["customer"])
print("with expand:", expanded.customer.object, expanded.customer.email)

listed = stripe.PaymentIntent.list(customer=customer.id, expand=["data.customer"])
print("list expand:", [pi.customer.name for pi in listed.data])
