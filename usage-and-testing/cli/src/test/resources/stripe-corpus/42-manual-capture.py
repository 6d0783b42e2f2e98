import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

intent = stripe.PaymentIntent.create(
    amount=10000,
    currency="usd",
    payment_method="pm_card_visa",
    payment_method_types=["card"],
    capture_method="manual",
    confirm=True,
)
print("authorized:", intent.status, intent.amount_capturable)

captured = stripe.PaymentIntent.capture(intent.id, amount_to_capture=7500)
print("captured:", captured.status, captured.amount_received)

charge = stripe.Charge.retrieve(captured.latest_charge)
print("charge:", charge.captured, charge.amount_captured, charge.amount_refunded)

other = stripe.PaymentIntent.create(amount=2500, currency="usd", payment_method="pm_card_visa",
                                    payment_method_types=["card"], capture_method="manual", confirm=True)
other.capture()
print("instance capture:", other.status, other.amount_received)
