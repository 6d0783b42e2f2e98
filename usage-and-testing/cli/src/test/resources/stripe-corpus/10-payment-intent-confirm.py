# Accept a payment server-side with a test payment method (Stripe docs: "Finalize payments on the server")
import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

intent = stripe.PaymentIntent.create(
    amount=2000,
    currency="usd",
    payment_method="pm_card_visa",
    confirm=True,
    automatic_payment_methods={"enabled": True, "allow_redirects": "never"},
    description="Order #1001",
)
print("PaymentIntent:", intent.id)
print("Status:", intent.status)
print("Amount received:", intent.amount_received)
print("Charge:", intent.latest_charge)
