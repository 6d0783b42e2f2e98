import os
import sys

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]


def charge(amount, payment_method):
    try:
        intent = stripe.PaymentIntent.create(
            amount=amount, currency="usd", payment_method=payment_method, confirm=True,
            payment_method_types=["card"],
        )
        return intent.status, None
    except stripe.CardError as e:
        body = e.json_body
        return "declined", body["error"].get("decline_code") or body["error"]["code"]
    except stripe.StripeError as e:
        print(f"Stripe error: {e.user_message}", file=sys.stderr)
        return "error", None


for pm in ["pm_card_visa", "pm_card_chargeDeclined", "pm_card_chargeDeclinedInsufficientFunds",
           "pm_card_chargeDeclinedExpiredCard"]:
    status, reason = charge(1500, pm)
    print(f"{pm}: {status} {reason or ''}".rstrip())
