import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(
    email="dict@example.com",
    address={"line1": "1 Main St", "city": "Springfield", "country": "US", "postal_code": "12345"},
    shipping={"name": "Dee Ict", "address": {"line1": "2 Side St", "city": "Shelbyville", "country": "US"}},
    metadata={"b": "2", "a": "1"},
)
print("attr:", customer.address.city, "| item:", customer["shipping"]["address"]["city"])
print("nested type:", type(customer.address).__name__)
for key, value in sorted(customer.metadata.items()):
    print(f"meta {key}={value}")
print("isinstance dict:", isinstance(customer, dict))
print("missing attribute:", getattr(customer, "no_such_field", "default"))
print("hasattr:", hasattr(customer, "email"), hasattr(customer, "no_such_field"))
try:
    customer.no_such_field
except AttributeError as e:
    print("AttributeError:", "no_such_field" in str(e))
copy = dict(customer.metadata)
copy["c"] = "3"
print("copy independent:", "c" not in customer.metadata)
