import json
import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(name="Json Jo", email="jo@example.com", metadata={"a": "1"})

as_dict = customer.to_dict()
print("to_dict type:", type(as_dict).__name__, type(as_dict["metadata"]).__name__)
print("json.dumps(obj):", json.loads(json.dumps(customer))["email"])
print("json.dumps(to_dict):", json.loads(json.dumps(as_dict, indent=2))["metadata"])
print("str is json:", json.loads(str(customer))["id"] == customer.id)
print("dict():", dict(customer)["name"])
print("keys:", "email" in customer.keys(), "id" in customer)
print("get default:", customer.get("nonexistent", "fallback"))
print("repr starts:", repr(customer).startswith("<Customer customer id=cus_"))
