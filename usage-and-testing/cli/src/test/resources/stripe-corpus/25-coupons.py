import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

coupon = stripe.Coupon.create(percent_off=25, duration="repeating", duration_in_months=3, name="Spring sale")
print("coupon:", coupon.percent_off, coupon.duration, coupon.duration_in_months, coupon.valid)

fixed = stripe.Coupon.create(amount_off=500, currency="usd", duration="once")
print("fixed:", fixed.amount_off, fixed.currency)

renamed = stripe.Coupon.modify(coupon.id, name="Spring sale (extended)", metadata={"channel": "email"})
print("renamed:", renamed.name)

fetched = stripe.Coupon.retrieve(coupon.id)
print("retrieved:", fetched.id == coupon.id, fetched.metadata["channel"], fetched.times_redeemed)

deleted = stripe.Coupon.delete(fixed.id)
print("deleted:", deleted.deleted)
try:
    stripe.Coupon.retrieve(fixed.id)
except stripe.error.InvalidRequestError as e:
    print("gone:", e.http_status)
