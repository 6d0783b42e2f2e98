# Stripe's subscription guide (server part): the browser confirms the first payment with the client secret
import os
import uuid

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

lookup_key = f"pro_monthly_{uuid.uuid4().hex[:8]}"
price = stripe.Price.create(
    currency="usd",
    unit_amount=1500,
    recurring={"interval": "month"},
    product_data={"name": "Pro"},
    lookup_key=lookup_key,
    transfer_lookup_key=True,
)
prices = stripe.Price.list(lookup_keys=[lookup_key], expand=["data.product"])
print("by lookup key:", [p.id == price.id for p in prices.data], prices.data[0].product.name)

customer = stripe.Customer.create(email="guide@example.com", name="Guide Gus")
subscription = stripe.Subscription.create(
    customer=customer.id,
    items=[{"price": price.id}],
    payment_behavior="default_incomplete",
    payment_settings={"save_default_payment_method": "on_subscription"},
    expand=["latest_invoice.confirmation_secret"],
)
print("status:", subscription.status)
print("invoice:", subscription.latest_invoice.status, subscription.latest_invoice.amount_due)
secret = subscription.latest_invoice.confirmation_secret
print("client secret:", secret.type, "_secret_" in secret.client_secret)

try:
    stripe.Price.create(currency="usd", unit_amount=900, product_data={"name": "Copy"}, lookup_key=lookup_key)
except stripe.error.InvalidRequestError as e:
    print("lookup key taken:", e.http_status, e.param)
