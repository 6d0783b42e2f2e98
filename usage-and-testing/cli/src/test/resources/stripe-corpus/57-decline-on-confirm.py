import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

intent = stripe.PaymentIntent.create(amount=6000, currency="usd", payment_method_types=["card"])
try:
    stripe.PaymentIntent.confirm(intent.id, payment_method="pm_card_chargeDeclinedFraudulent")
except stripe.error.CardError as e:
    print("declined:", e.code, e.error.decline_code)
    print("error carries intent:", e.error.payment_intent.id == intent.id)

intent = stripe.PaymentIntent.retrieve(intent.id)
print("status:", intent.status)
print("last error:", intent.last_payment_error.code, intent.last_payment_error.decline_code)

intent = stripe.PaymentIntent.confirm(intent.id, payment_method="pm_card_visa")
print("retry:", intent.status, intent.last_payment_error)
