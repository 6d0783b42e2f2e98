"""Count this run's customers with auto-pagination (stripe-python docs, "Pagination")."""
import os
import uuid

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

run_id = uuid.uuid4().hex[:12]
for n in range(23):
    stripe.Customer.create(email=f"customer{n:02d}@example.com", metadata={"run": run_id})

count = 0
emails = set()
for customer in stripe.Customer.list(limit=5).auto_paging_iter():
    if customer.metadata.get("run") != run_id:
        continue  # customers from earlier runs (Stripe test mode keeps them)
    count += 1
    emails.add(customer.email)

print(f"Iterated {count} customers")
print(f"Unique emails: {len(emails)}")
print("first page only:", len(stripe.Customer.list(limit=5).data))
