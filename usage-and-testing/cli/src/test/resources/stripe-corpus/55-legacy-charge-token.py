# The pre-PaymentIntents Charges API, still common in generated code
import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

charge = stripe.Charge.create(
    amount=2000,
    currency="usd",
    source="tok_visa",
    description="My First Test Charge (created for API docs)",
)
print("charge:", charge.id.startswith("ch_"), charge.status, charge.paid)
print("card:", charge.payment_method_details.card.brand, charge.payment_method_details.card.last4)

try:
    stripe.Charge.create(amount=2000, currency="usd", source="tok_chargeDeclined")
except stripe.error.CardError as e:
    print("declined:", e.code)

charges = stripe.Charge.list(limit=5)
print("listed:", any(c.id == charge.id for c in charges))
