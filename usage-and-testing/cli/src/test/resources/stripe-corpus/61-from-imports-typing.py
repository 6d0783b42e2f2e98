from __future__ import annotations

import os
from decimal import ROUND_HALF_UP, Decimal
from typing import Dict, Optional

import stripe
from stripe import Customer, PaymentIntent, StripeError
from stripe.checkout import Session

stripe.api_key = os.environ["STRIPE_API_KEY"]


def to_cents(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def find_or_create_customer(email: str, name: Optional[str] = None) -> Customer:
    existing = Customer.list(email=email, limit=1)
    if existing.data:
        return existing.data[0]
    return Customer.create(email=email, name=name)


def pay(customer: Customer, amount: Decimal, meta: Dict[str, str]) -> PaymentIntent:
    return PaymentIntent.create(
        amount=to_cents(amount), currency="usd", customer=customer.id, metadata=meta,
        payment_method="pm_card_visa", payment_method_types=["card"], confirm=True,
    )


try:
    first = find_or_create_customer("typed@example.com", "Typed Tina")
    again = find_or_create_customer("typed@example.com")
    print("found existing:", first.id == again.id)
    intent = pay(first, Decimal("19.995"), {"sku": "T-1"})
    print("cents:", intent.amount, intent.status)
    print("is PaymentIntent:", isinstance(intent, PaymentIntent), isinstance(intent, stripe.StripeObject))
    session = Session.create(
        mode="payment", customer=first.id,
        line_items=[{"price_data": {"currency": "usd", "unit_amount": 500, "product_data": {"name": "Tip"}},
                     "quantity": 1}],
        success_url="https://example.com/ok", cancel_url="https://example.com/no",
    )
    print("session is Session:", isinstance(session, Session), session.object)
except StripeError as e:
    print("failed:", e)
