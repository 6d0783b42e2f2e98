import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

intent = stripe.PaymentIntent.create(
    amount=3000, currency="usd", payment_method="pm_card_visa", payment_method_types=["card"], confirm=True
)
charge_id = intent.latest_charge

partial = stripe.Refund.create(charge=charge_id, amount=1000, metadata={"reason": "damaged item"})
print("partial:", partial.amount, partial.status)

charge = stripe.Charge.retrieve(charge_id)
print("after partial:", charge.refunded, charge.amount_refunded)

try:
    stripe.Refund.create(charge=charge_id, amount=5000)
except stripe.error.InvalidRequestError as e:
    print("too much:", e.http_status, e.param)

rest = stripe.Refund.create(charge=charge_id)
print("rest:", rest.amount)
charge = stripe.Charge.retrieve(charge_id)
print("after full:", charge.refunded, charge.amount_refunded)
