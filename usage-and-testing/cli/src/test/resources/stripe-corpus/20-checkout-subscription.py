import os

import stripe
from stripe import checkout

stripe.api_key = os.environ["STRIPE_API_KEY"]

price = stripe.Price.create(
    currency="usd",
    unit_amount=900,
    recurring={"interval": "month"},
    product_data={"name": "Starter"},
)
customer = stripe.Customer.create(email="checkout-sub@example.com")

session = checkout.Session.create(
    mode="subscription",
    customer=customer.id,
    line_items=[{"price": price.id, "quantity": 1}],
    success_url="https://example.com/welcome",
    cancel_url="https://example.com/pricing",
    metadata={"campaign": "spring"},
)
print("mode:", session.mode)
print("customer matches:", session.customer == customer.id)
print("metadata:", session.metadata["campaign"])

expired = stripe.checkout.Session.expire(session.id)
print("after expire:", expired.status)
