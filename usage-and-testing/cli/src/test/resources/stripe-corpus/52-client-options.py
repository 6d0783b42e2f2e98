import os
import uuid

import stripe

client = stripe.StripeClient(os.environ["STRIPE_API_KEY"])
key = f"order-{uuid.uuid4()}"

first = client.customers.create(params={"email": "opts@example.com"}, options={"idempotency_key": key})
second = client.customers.create(params={"email": "opts@example.com"}, options={"idempotency_key": key})
print("idempotent:", first.id == second.id)
print("replayed header:", second.last_response.headers.get("idempotent-replayed"))

pms = client.customers.payment_methods.list(first.id, params={"type": "card"})
print("nested service list:", pms.object, len(pms.data))

txn = client.v1.customers.balance_transactions.create(first.id, params={"amount": 300, "currency": "usd"})
print("nested service create:", txn.amount)
