import os
import uuid

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

email = f"search-{uuid.uuid4().hex[:8]}@example.com"
stripe.Customer.create(email=email, name="Searchable Sam", metadata={"plan": "pro"})
stripe.Customer.create(email="other@example.com", name="Someone Else", metadata={"plan": "free"})

# Stripe's search index is eventually consistent: newly created objects can take a moment to appear.
result = stripe.Customer.search(query=f"email:'{email}'")
print("object:", result.object)
print("found:", len(result.data))
print("name:", result.data[0].name if result.data else None)

pro = stripe.Customer.search(query=f"metadata['plan']:'pro' AND email:'{email}'", limit=10)
print("pro customers:", [c.email == email for c in pro])
