import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

session = stripe.checkout.Session.create(
    mode="payment",
    line_items=[
        {
            "price_data": {
                "currency": "usd",
                "product_data": {"name": "T-shirt"},
                "unit_amount": 2000,
            },
            "quantity": 2,
        }
    ],
    success_url="https://example.com/success?session_id={CHECKOUT_SESSION_ID}",
    cancel_url="https://example.com/cancel",
)
print("session:", session.id.startswith("cs_test_"))
print("mode:", session.mode)
print("status:", session.status, session.payment_status)
print("amount_total:", session.amount_total)
print("url:", session.url.startswith("https://"))

again = stripe.checkout.Session.retrieve(session.id)
print("retrieved:", again.id == session.id)
items = stripe.checkout.Session.list_line_items(session.id, limit=5)
print("line items:", len(items.data), items.data[0].quantity, items.data[0].amount_total)
