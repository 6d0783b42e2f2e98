import json
import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

product = stripe.Product.create(name="Metadata demo", metadata={"sku": "MD-1", "color": "red", "size": "L"})
print("initial:", json.dumps(product.metadata, sort_keys=True))

product = stripe.Product.modify(product.id, metadata={"color": "blue"})
print("merged:", json.dumps(product.metadata, sort_keys=True))

product = stripe.Product.modify(product.id, metadata={"size": ""})
print("unset one:", json.dumps(product.metadata, sort_keys=True))

product = stripe.Product.modify(product.id, metadata="")
print("cleared:", json.dumps(product.metadata, sort_keys=True))
