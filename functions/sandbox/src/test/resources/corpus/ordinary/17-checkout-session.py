# style: checkout session with line items
# expect: https://checkout.stripe.com/
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

session = stripe.checkout.Session.create(
    mode="payment",
    line_items=[{"price_data": {"currency": "usd", "product_data": {"name": "T-shirt"}, "unit_amount": 2000},
                 "quantity": 2}],
    success_url="https://example.com/success?session_id={CHECKOUT_SESSION_ID}",
    cancel_url="https://example.com/cancel",
)
print(session.url)
