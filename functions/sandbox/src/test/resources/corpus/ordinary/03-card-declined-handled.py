# style: card error caught and reported
# expect: Payment failed: Your card was declined.
# expect: decline code: generic_decline
import os
import stripe

stripe.api_key = os.environ.get("STRIPE_API_KEY")

try:
    intent = stripe.PaymentIntent.create(
        amount=2000,
        currency="usd",
        payment_method="pm_card_chargeDeclined",
        confirm=True,
    )
    print("Payment succeeded:", intent.id)
except stripe.error.CardError as e:
    print(f"Payment failed: {e.user_message}")
    print(f"decline code: {e.decline_code}")
except stripe.error.StripeError as e:
    print(f"Other Stripe error: {type(e).__name__}: {e}")
