# style: hashlib, statistics, math
# expect: mean amount 20.0
import hashlib
import math
import os
import statistics

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

amounts = [1000, 2000, 3000]
for amount in amounts:
    key = hashlib.sha256(f"order-{amount}".encode()).hexdigest()[:16]
    stripe.PaymentIntent.create(amount=amount, currency="usd", idempotency_key=key)
print("mean amount", statistics.mean(amounts) / 100)
print("ceil", math.ceil(statistics.pstdev(amounts)))
