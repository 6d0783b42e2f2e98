# style: walrus, any/all, enumerate, zip
# expect: first vip: 1
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

names = ["Mia", "Noah", "Olga"]
vips = [False, True, True]
created = [stripe.Customer.create(name=n, metadata={"vip": str(v)}) for n, v in zip(names, vips)]
if (count := len(created)) and any(c.metadata["vip"] == "True" for c in created):
    first = next(i for i, c in enumerate(created) if c.metadata["vip"] == "True")
    print(f"first vip: {first} of {count}")
