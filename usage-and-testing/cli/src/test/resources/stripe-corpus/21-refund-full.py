import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

intent = stripe.PaymentIntent.create(
    amount=5000, currency="usd", payment_method="pm_card_visa", payment_method_types=["card"], confirm=True
)
refund = stripe.Refund.create(payment_intent=intent.id, reason="requested_by_customer")
print("refund:", refund.id.startswith("re_"))
print("amount:", refund.amount)
print("status:", refund.status)
print("reason:", refund.reason)

charge = stripe.Charge.retrieve(intent.latest_charge)
print("charge refunded:", charge.refunded, charge.amount_refunded)

refunds = stripe.Refund.list(payment_intent=intent.id)
print("refunds listed:", len(refunds.data))
