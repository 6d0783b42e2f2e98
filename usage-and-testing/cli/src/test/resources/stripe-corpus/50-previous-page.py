import os
import uuid

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

tag = uuid.uuid4().hex[:6]
ids = [stripe.Coupon.create(percent_off=5 + i, duration="once", name=f"{tag}-{i}").id for i in range(6)]

first = stripe.Coupon.list(limit=2)
second = first.next_page()
print("next page distinct:", not set(c.id for c in first) & set(c.id for c in second))
back = second.previous_page()
print("previous page returns first:", [c.id for c in back] == [c.id for c in first])

older = stripe.Coupon.list(limit=3, ending_before=ids[0])
print("ending_before:", [c.name for c in older.data])
