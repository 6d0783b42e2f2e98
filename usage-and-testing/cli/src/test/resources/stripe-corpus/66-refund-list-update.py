import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

intent = stripe.PaymentIntent.create(amount=8000, currency="eur", payment_method="pm_card_visa",
                                     payment_method_types=["card"], confirm=True)
r1 = stripe.Refund.create(payment_intent=intent.id, amount=2000)
r2 = stripe.Refund.create(payment_intent=intent.id, amount=3000, metadata={"ticket": "T-9"})

r1 = stripe.Refund.modify(r1.id, metadata={"ticket": "T-8"})
print("refund metadata:", r1.metadata["ticket"])

listed = stripe.Refund.list(charge=intent.latest_charge, limit=10)
print("refunds:", sorted(r.amount for r in listed))

charge = stripe.Charge.retrieve(intent.latest_charge, expand=["refunds"])
print("charge refunds:", charge.amount_refunded, charge.refunded)

try:
    stripe.Refund.create(payment_intent=intent.id, amount=3001)
except stripe.error.InvalidRequestError as e:
    print("over-refund rejected:", e.http_status)
