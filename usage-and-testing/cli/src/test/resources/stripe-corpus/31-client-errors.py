import os

import stripe

client = stripe.StripeClient(os.environ["STRIPE_API_KEY"])

try:
    client.payment_intents.create(
        params={
            "amount": 700,
            "currency": "usd",
            "payment_method": "pm_card_chargeDeclined",
            "payment_method_types": ["card"],
            "confirm": True,
        }
    )
except stripe.CardError as e:
    print("card error:", e.code, e.error.decline_code)
    print("payment intent in error:", e.error.payment_intent["status"])

try:
    client.customers.retrieve("cus_missing")
except stripe.InvalidRequestError as e:
    print("missing:", e.http_status, e.code)

try:
    client.v1.customers.create(params={"not_a_param": 1})
except stripe.StripeError as e:
    print("invalid:", type(e).__name__, e.param)
