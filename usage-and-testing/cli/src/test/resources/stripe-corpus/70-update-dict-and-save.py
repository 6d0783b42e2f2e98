import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(email="merge@example.com", metadata={"source": "web"})

# dict-style updates on Stripe objects are remembered by save(), as in stripe-python
customer.metadata.update({"segment": "smb", "score": "42"})
customer.update({"description": "Updated with dict.update"})
customer.save()

fresh = stripe.Customer.retrieve(customer.id)
print("metadata:", sorted(fresh.metadata.items()))
print("description:", fresh.description)

# merging into existing metadata with a dict literal
merged = stripe.Customer.modify(fresh.id, metadata={**fresh.metadata, "score": "43"})
print("score:", merged.metadata["score"], "| keys:", len(merged.metadata))
