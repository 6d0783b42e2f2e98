import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

for i in range(3):
    stripe.Customer.create(email=f"list-{i}@example.com", metadata={"batch": "list-demo"})

customers = stripe.Customer.list(limit=2)
print("object:", customers.object)
print("page size:", len(customers.data))
print("has_more:", customers.has_more)
for customer in customers:
    print(" -", customer.id.startswith("cus_"), customer.email)
print("newest first:", customers.data[0].email)
