# style: TypedDict and NamedTuple classes
# expect: coupon co_
import os
from typing import NamedTuple, TypedDict

import stripe


class CouponSpec(TypedDict):
    percent_off: int
    duration: str


class Created(NamedTuple):
    kind: str
    id: str


stripe.api_key = os.environ["STRIPE_API_KEY"]
spec: CouponSpec = {"percent_off": 25, "duration": "once"}
coupon = stripe.Coupon.create(**spec)
print("coupon", Created("coupon", coupon.id).id)
