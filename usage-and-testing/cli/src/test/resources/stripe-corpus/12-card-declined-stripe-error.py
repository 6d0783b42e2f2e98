# Error handling as in Stripe's docs (stripe.error.* form)
import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

try:
    stripe.PaymentIntent.create(
        amount=2000,
        currency="usd",
        payment_method="pm_card_chargeDeclined",
        confirm=True,
        payment_method_types=["card"],
    )
    print("unexpected success")
except stripe.error.CardError as e:
    err = e.error
    print("Status is: %s" % e.http_status)
    print("Code is: %s" % e.code)
    print("Decline code is: %s" % err.decline_code)
    print("Message is: %s" % e.user_message)
    print("Type is: %s" % err.type)
    print("Param is: %s" % err.param)
    print("Has request id:", bool(e.request_id))
except stripe.error.RateLimitError:
    print("Too many requests made to the API too quickly")
except stripe.error.InvalidRequestError as e:
    print("Invalid parameters were supplied to Stripe's API", e)
except stripe.error.AuthenticationError:
    print("Authentication with Stripe's API failed")
except stripe.error.APIConnectionError:
    print("Network communication with Stripe failed")
except stripe.error.StripeError:
    print("Generic Stripe error")
