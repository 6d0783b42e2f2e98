import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

product = stripe.Product.create(name="Lamp", metadata={"color": "red", "legacy": "yes"})

# replacing the whole hash: keys that are gone are unset, like stripe-python's save() does
product.metadata = {"color": "green"}
product.description = "A desk lamp"
product.save()
print("metadata:", sorted(product.metadata.items()))
print("description:", product.description)

# assigning None unsets a field
product.description = None
product.save()
print("description after None:", product.description)

fresh = stripe.Product.retrieve(product.id)
print("persisted:", sorted(fresh.metadata.items()), fresh.description)
