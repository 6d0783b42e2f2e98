# style: match statement on a status
# expect: needs a payment method
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

intent = stripe.PaymentIntent.create(amount=700, currency="usd")
match intent.status:
    case "succeeded":
        print("paid")
    case "requires_payment_method" | "requires_confirmation":
        print("needs a payment method")
    case other:
        print("status", other)
