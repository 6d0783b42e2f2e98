from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from typing import List, Optional

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]


@dataclass
class LineItem:
    description: str
    amount: int


@dataclass
class OrderSummary:
    payment_intent_id: str
    status: str
    total: int
    currency: str
    items: List[LineItem] = field(default_factory=list)
    receipt_email: Optional[str] = None

    @property
    def total_display(self) -> str:
        return f"${self.total / 100:.2f} {self.currency.upper()}"


def place_order(items: List[LineItem], email: str) -> OrderSummary:
    total = sum(item.amount for item in items)
    intent = stripe.PaymentIntent.create(
        amount=total,
        currency="usd",
        receipt_email=email,
        payment_method="pm_card_visa",
        payment_method_types=["card"],
        confirm=True,
        metadata={"items": str(len(items))},
    )
    return OrderSummary(intent.id, intent.status, intent.amount, intent.currency, items, intent.receipt_email)


summary = place_order([LineItem("Coffee", 450), LineItem("Bagel", 325)], "buyer@example.com")
data = asdict(summary)
data["payment_intent_id"] = data["payment_intent_id"][:3]
print(json.dumps(data, sort_keys=True))
print("Total:", summary.total_display)
