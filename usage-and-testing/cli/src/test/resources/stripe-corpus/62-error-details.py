import json
import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

try:
    stripe.PaymentIntent.create(amount=1000, currency="usd", payment_method="pm_card_chargeDeclinedIncorrectCvc",
                                payment_method_types=["card"], confirm=True)
except stripe.error.StripeError as e:
    print("class:", e.__class__.__name__, isinstance(e, stripe.error.CardError))
    print("str has request id:", str(e).startswith("Request req_"))
    print("message:", e.error.message)
    print("param:", e.param, "| code:", e.code)
    body = json.loads(e.http_body)
    print("http_body type:", body["error"]["type"])
    print("json_body message:", e.json_body.get("error", {}).get("message"))
    print("headers request id:", e.headers.get("request-id", "").startswith("req_"))

try:
    stripe.Customer.retrieve("")
except stripe.error.InvalidRequestError as e:
    print("empty id:", "Could not determine which URL to request" in str(e))

try:
    stripe.Customer.create(email="bad@example.com", balance="lots")
except stripe.error.InvalidRequestError as e:
    print("repr:", repr(e).startswith("InvalidRequestError(message="))
