import os
import uuid

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

key = str(uuid.uuid4())
first = stripe.Customer.create(email="idem@example.com", idempotency_key=key)
second = stripe.Customer.create(email="idem@example.com", idempotency_key=key)
print("same object:", first.id == second.id)

try:
    stripe.Customer.create(email="someone-else@example.com", idempotency_key=key)
    print("different body accepted")
except stripe.error.IdempotencyError as e:
    print("reused key rejected:", type(e).__name__, e.http_status)

third = stripe.Customer.create(email="idem@example.com", idempotency_key=str(uuid.uuid4()))
print("new key, new object:", third.id != first.id)
