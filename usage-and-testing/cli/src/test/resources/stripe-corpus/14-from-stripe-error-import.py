import os

import stripe
from stripe.error import InvalidRequestError, StripeError

stripe.api_key = os.environ["STRIPE_API_KEY"]

try:
    stripe.Customer.retrieve("cus_doesnotexist000")
except InvalidRequestError as e:
    print("http_status:", e.http_status)
    print("code:", e.code)
    print("param:", e.param)
    print("message:", e.user_message)
    print("is StripeError:", isinstance(e, StripeError))
    print("json type:", e.json_body["error"]["type"])
