import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

balance = stripe.Balance.retrieve()
print("object:", balance.object)
print("livemode:", balance.livemode)
print("has available:", isinstance(balance.available, list) and len(balance.available) > 0)
for entry in balance.available[:1]:
    print("entry types:", type(entry.amount).__name__, type(entry.currency).__name__)
print("pending is list:", isinstance(balance.pending, list))
