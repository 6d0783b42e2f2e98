"""JPY is a zero-decimal currency: amount=1500 means ¥1,500 (not ¥15.00)."""
import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

ZERO_DECIMAL = {"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv",
                "xaf", "xof", "xpf"}


def to_minor_units(amount, currency):
    return int(amount) if currency.lower() in ZERO_DECIMAL else int(round(amount * 100))


def display(amount, currency):
    if currency in ZERO_DECIMAL:
        return f"{amount:,} {currency.upper()}"
    return f"{amount / 100:,.2f} {currency.upper()}"


intent = stripe.PaymentIntent.create(
    amount=to_minor_units(1500, "JPY"),
    currency="JPY",
    payment_method="pm_card_visa",
    payment_method_types=["card"],
    confirm=True,
)
print("currency:", intent.currency)
print("amount:", intent.amount)
print("display:", display(intent.amount, intent.currency))
print("status:", intent.status)

usd = stripe.PaymentIntent.create(amount=to_minor_units(15.00, "usd"), currency="usd")
print("usd display:", display(usd.amount, usd.currency))
