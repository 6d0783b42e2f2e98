import os
import uuid

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

suffix = uuid.uuid4().hex[:6]
pro = stripe.Product.create(name=f"Pro {suffix}", metadata={"tier": "pro"}, active=True)
stripe.Product.create(name=f"Basic {suffix}", metadata={"tier": "basic"}, active=True)
archived = stripe.Product.create(name=f"Old Pro {suffix}", metadata={"tier": "pro"}, active=False)

active_pro = stripe.Product.search(query=f"active:'true' AND metadata['tier']:'pro' AND name~'{suffix}'")
print("active pro:", [p.id == pro.id for p in active_pro])

not_basic = stripe.Product.search(query=f"-metadata['tier']:'basic' AND name~'{suffix}'")
print("not basic:", len(not_basic.data))

stripe.Product.modify(archived.id, active=True)
again = stripe.Product.search(query=f"active:'true' AND metadata['tier']:'pro' AND name~'{suffix}'")
print("after reactivate:", len(again.data))

deleted = stripe.Product.delete(stripe.Product.create(name="Temp").id)
print("deleted product:", deleted.deleted)
