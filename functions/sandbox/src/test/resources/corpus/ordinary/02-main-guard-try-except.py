# style: main() with a guard and stripe error handling
# expect: Customer: Bob Jones
import os
import sys

import stripe


def main() -> int:
    stripe.api_key = os.getenv("STRIPE_API_KEY")
    if not stripe.api_key:
        print("STRIPE_API_KEY is not set", file=sys.stderr)
        return 1
    try:
        customer = stripe.Customer.create(name="Bob Jones", email="bob@test.com")
    except stripe.error.StripeError as e:
        print(f"Stripe error: {e.user_message or e}", file=sys.stderr)
        return 1
    print(f"Customer: {customer.name} <{customer.email}>")
    return 0


if __name__ == "__main__":
    sys.exit(main())
