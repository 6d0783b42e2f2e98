import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

intent = stripe.PaymentIntent.create(amount=1099, currency="eur", payment_method_types=["card"])
print("created:", intent.status)

intent = stripe.PaymentIntent.modify(intent.id, metadata={"cart": "42"})
print("metadata:", dict(intent.metadata))

confirmed = stripe.PaymentIntent.confirm(intent.id, payment_method="pm_card_mastercard")
print("confirmed:", confirmed.status, confirmed.currency)

second = stripe.PaymentIntent.create(amount=500, currency="eur", payment_method="pm_card_visa",
                                     payment_method_types=["card"])
second.confirm()
print("instance confirm:", second.status)
