import os
import stripe

stripe.api_key = os.getenv("STRIPE_SECRET_KEY")

created = stripe.Customer.create(email="ada@example.com", name="Ada Lovelace")
customer = stripe.Customer.retrieve(created.id)
print(f"Retrieved {customer.id} ({customer.email})")

updated = stripe.Customer.modify(
    customer.id,
    description="Mathematician",
    metadata={"order_id": "6735", "source": "api-reference"},
)
print(f"Description: {updated.description}")
print(f"Metadata order_id={updated.metadata['order_id']} source={updated.metadata.source}")
assert updated.id == created.id
print("Same customer:", updated.id == created.id)
