# style: frozen dataclass normalising in __post_init__
# expect: amount=1250 currency=usd
import os
from dataclasses import dataclass

import stripe


@dataclass(frozen=True)
class Charge:
    amount: int
    currency: str

    def __post_init__(self):
        object.__setattr__(self, "currency", self.currency.lower())
        if self.amount <= 0:
            raise ValueError("amount must be positive")


stripe.api_key = os.environ["STRIPE_API_KEY"]
charge = Charge(1250, "USD")
intent = stripe.PaymentIntent.create(amount=charge.amount, currency=charge.currency)
print(f"amount={intent.amount} currency={intent.currency}")
