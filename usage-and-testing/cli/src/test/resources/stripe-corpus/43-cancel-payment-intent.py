import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

intent = stripe.PaymentIntent.create(amount=900, currency="usd", payment_method_types=["card"])
canceled = stripe.PaymentIntent.cancel(intent.id, cancellation_reason="abandoned")
print("canceled:", canceled.status, canceled.cancellation_reason)

try:
    stripe.PaymentIntent.confirm(intent.id, payment_method="pm_card_visa")
except stripe.error.InvalidRequestError as e:
    print("confirm after cancel:", e.http_status, e.code)

second = stripe.PaymentIntent.create(amount=901, currency="usd", payment_method_types=["card"])
second.cancel()
print("instance cancel:", second.status)
