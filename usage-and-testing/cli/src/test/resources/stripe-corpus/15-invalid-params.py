import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

# an unknown parameter
try:
    stripe.Customer.create(email="x@example.com", favourite_colour="blue")
except stripe.InvalidRequestError as e:
    print("unknown:", e.http_status, e.code, e.param)

# a missing required parameter
try:
    stripe.PaymentIntent.create(currency="usd")
except stripe.error.InvalidRequestError as e:
    print("missing:", e.http_status, e.param, e.user_message)

# a mistyped parameter
try:
    stripe.PaymentIntent.create(amount="twenty", currency="usd")
except stripe.InvalidRequestError as e:
    print("mistyped:", e.http_status, e.param)

# an invalid currency
try:
    stripe.PaymentIntent.create(amount=100, currency="zzz")
except stripe.InvalidRequestError as e:
    print("currency:", e.http_status, e.param)
