import datetime
import os
import time

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

before = int(time.time()) - 5
for amount in (1000, 2000, 3000):
    stripe.PaymentIntent.create(amount=amount, currency="usd", metadata={"kind": "created-filter"})

since = datetime.datetime.fromtimestamp(before, tz=datetime.timezone.utc)
recent = stripe.PaymentIntent.list(created={"gte": before}, limit=100)
mine = [pi for pi in recent.auto_paging_iter() if pi.metadata.get("kind") == "created-filter"]
print("recent:", len(mine) >= 3)
print("total cents:", sum(pi.amount for pi in mine[:3]))

for pi in mine[:1]:
    created = datetime.datetime.fromtimestamp(pi.created, tz=datetime.timezone.utc)
    print("created after since:", created >= since)

future = stripe.PaymentIntent.list(created={"gt": int(time.time()) + 3600})
print("future:", len(future.data), future.has_more)
