import os
import uuid

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

tag = uuid.uuid4().hex[:10]
for i in range(7):
    stripe.PaymentIntent.create(amount=1000 + i, currency="usd", metadata={"batch": tag})

query = f"metadata['batch']:'{tag}' AND amount>1002"
page = stripe.PaymentIntent.search(query=query, limit=2)
seen = []
pages = 1
while True:
    seen.extend(pi.amount for pi in page.data)
    if not page.has_more:
        break
    page = stripe.PaymentIntent.search(query=query, limit=2, page=page.next_page)
    pages += 1

print("amounts:", sorted(seen))
print("pages:", pages)

all_matches = list(stripe.PaymentIntent.search(query=query, limit=3).auto_paging_iter())
print("auto paging:", len(all_matches))
