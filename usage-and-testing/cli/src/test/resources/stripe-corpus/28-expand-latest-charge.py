import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

intent = stripe.PaymentIntent.create(
    amount=3300, currency="gbp", payment_method="pm_card_visa", payment_method_types=["card"], confirm=True,
    expand=["latest_charge"],
)
charge = intent.latest_charge
print("charge object:", charge.object)
print("paid:", charge.paid, charge.amount, charge.currency)
print("card brand:", charge.payment_method_details.card.brand)
print("last4:", charge.payment_method_details.card.last4)
print("receipt:", charge.receipt_url.startswith("https://"))

again = stripe.PaymentIntent.retrieve(intent.id, expand=["latest_charge", "payment_method"])
print("payment method type:", again.payment_method.type)
