# style: list and dict comprehensions over a list
# expect: emails: 2
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customers = stripe.Customer.list(limit=5).data
ids = [c.id for c in customers]
emails = {c.id: (c.email or "n/a") for c in customers}
named = sorted((c for c in customers if c.id), key=lambda c: c.created, reverse=True)
print("ids:", ", ".join(ids))
print("emails:", len(emails))
print("newest first:", [c.id for c in named][:3])
