# style: argparse with defaults (no arguments given)
# expect: limit=3
import argparse
import os

import stripe


def parse_args():
    parser = argparse.ArgumentParser(description="List recent customers")
    parser.add_argument("--limit", type=int, default=3)
    return parser.parse_args([])


args = parse_args()
stripe.api_key = os.environ["STRIPE_API_KEY"]
customers = stripe.Customer.list(limit=args.limit)
print(f"limit={args.limit} got={len(customers.data)}")
