# Product -> recurring price -> customer with a default payment method -> subscription
import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

product = stripe.Product.create(name="Gold Plan", description="Monthly gold membership")
price = stripe.Price.create(
    product=product.id,
    unit_amount=1999,
    currency="usd",
    recurring={"interval": "month"},
    nickname="Gold monthly",
)
print("price:", price.id.startswith("price_"), price.recurring.interval, price.unit_amount, price.type)

customer = stripe.Customer.create(
    email="subscriber@example.com",
    payment_method="pm_card_visa",
    invoice_settings={"default_payment_method": "pm_card_visa"},
)
print("default pm set:", customer.invoice_settings.default_payment_method is not None)

subscription = stripe.Subscription.create(
    customer=customer.id,
    items=[{"price": price.id}],
    expand=["latest_invoice"],
)
print("subscription:", subscription.id.startswith("sub_"))
print("status:", subscription.status)
print("item price:", subscription["items"]["data"][0]["price"]["id"] == price.id)
print("invoice paid:", subscription.latest_invoice.status, subscription.latest_invoice.amount_paid)
