# style: Decimal amounts and formatting
# expect: Charged $19.99 USD
import os
from decimal import ROUND_HALF_UP, Decimal

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

price = Decimal("19.99")
amount_cents = int((price * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
intent = stripe.PaymentIntent.create(amount=amount_cents, currency="usd", payment_method="pm_card_visa",
                                     confirm=True)
charged = Decimal(intent.amount) / Decimal(100)
print(f"Charged ${charged:.2f} {intent.currency.upper()} ({intent.status})")
