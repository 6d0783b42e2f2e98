import os

import stripe

client = stripe.StripeClient(api_key=os.environ["STRIPE_API_KEY"])

intent = client.v1.payment_intents.create(
    params={
        "amount": 4999,
        "currency": "usd",
        "payment_method": "pm_card_visa",
        "payment_method_types": ["card"],
        "metadata": {"order": "A-17"},
    }
)
print("created:", intent.status)

intent = client.v1.payment_intents.confirm(intent.id)
print("confirmed:", intent.status, intent.amount_received)

refund = client.v1.refunds.create(params={"payment_intent": intent.id, "amount": 999})
print("refund:", refund.amount, refund.status)

found = client.v1.payment_intents.retrieve(intent.id, params={"expand": ["latest_charge"]})
print("charge refunded amount:", found.latest_charge.amount_refunded)
