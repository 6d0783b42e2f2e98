# StripeClient style (stripe-python 8+)
import os

from stripe import StripeClient

client = StripeClient(os.environ["STRIPE_API_KEY"])

customer = client.customers.create(params={"email": "client@example.com", "name": "Client Carla"})
print("created:", customer.id.startswith("cus_"), customer.name)

fetched = client.customers.retrieve(customer.id)
print("retrieved:", fetched.email)

updated = client.customers.update(customer.id, params={"metadata": {"vip": "yes"}})
print("updated metadata:", updated.metadata["vip"])

page = client.customers.list(params={"limit": 3, "email": "client@example.com"})
print("listed:", [c.id == customer.id for c in page.data])

deleted = client.customers.delete(customer.id)
print("deleted:", deleted.deleted)
