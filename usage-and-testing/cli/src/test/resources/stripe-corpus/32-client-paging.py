import os
import uuid

import stripe

client = stripe.StripeClient(os.environ["STRIPE_API_KEY"])
tag = uuid.uuid4().hex[:8]

for i in range(12):
    client.v1.products.create(params={"name": f"Item {i}", "metadata": {"tag": tag}})

names = [p.name for p in client.v1.products.list(params={"limit": 5}).auto_paging_iter()
         if p.metadata.get("tag") == tag]
print("count:", len(names))
print("first:", names[0], "last:", names[-1])

page = client.products.list(params={"limit": 5})
print("page:", len(page.data), page.has_more)
next_page = client.products.list(params={"limit": 5, "starting_after": page.data[-1].id})
print("no overlap:", not set(p.id for p in page) & set(p.id for p in next_page))
