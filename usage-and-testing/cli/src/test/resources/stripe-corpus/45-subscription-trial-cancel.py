import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

price = stripe.Price.create(unit_amount=2900, currency="usd", recurring={"interval": "month"},
                            product_data={"name": "Team plan"})
customer = stripe.Customer.create(email="trial@example.com", payment_method="pm_card_visa",
                                  invoice_settings={"default_payment_method": "pm_card_visa"})

subscription = stripe.Subscription.create(
    customer=customer.id,
    items=[{"price": price.id, "quantity": 3}],
    trial_period_days=14,
    metadata={"seats": "3"},
)
print("status:", subscription.status)
print("quantity:", subscription["items"].data[0].quantity)
print("trial days:", round((subscription.trial_end - subscription.trial_start) / 86400))

item_id = subscription["items"]["data"][0]["id"]
subscription = stripe.Subscription.modify(subscription.id, items=[{"id": item_id, "quantity": 5}],
                                          proration_behavior="none")
print("new quantity:", subscription["items"]["data"][0]["quantity"])

later = stripe.Subscription.modify(subscription.id, cancel_at_period_end=True)
print("cancel at period end:", later.cancel_at_period_end, later.status)

canceled = stripe.Subscription.cancel(subscription.id)
print("canceled:", canceled.status)

subs = stripe.Subscription.list(customer=customer.id, status="all")
print("listed:", [s.status for s in subs])
