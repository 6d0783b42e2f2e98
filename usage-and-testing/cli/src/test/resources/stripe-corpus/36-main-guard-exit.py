#!/usr/bin/env python3
"""Create a product and a price; exit non-zero on any Stripe error (typical model-written script)."""
import os
import sys

import stripe


def main() -> int:
    api_key = os.environ.get("STRIPE_API_KEY")
    if not api_key:
        print("STRIPE_API_KEY is not set", file=sys.stderr)
        return 1
    stripe.api_key = api_key

    try:
        product = stripe.Product.create(name="E-book", active=True)
        price = stripe.Price.create(product=product.id, unit_amount=1299, currency="usd")
    except stripe.error.StripeError as e:
        print(f"Stripe error: {e.user_message or e}", file=sys.stderr)
        return 1

    print(f"Product: {product.name} ({product.id[:5]}...)")
    print(f"Price: {price.unit_amount / 100:.2f} {price.currency.upper()} type={price.type}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
