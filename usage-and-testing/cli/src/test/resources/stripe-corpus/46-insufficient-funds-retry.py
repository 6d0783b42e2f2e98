import os
import time

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(email="retry@example.com")
cards = ["pm_card_chargeDeclinedInsufficientFunds", "pm_card_visa"]

for attempt, card in enumerate(cards, start=1):
    try:
        intent = stripe.PaymentIntent.create(
            amount=4500,
            currency="usd",
            customer=customer.id,
            payment_method=card,
            payment_method_types=["card"],
            confirm=True,
        )
        print(f"attempt {attempt}: {intent.status}")
        break
    except stripe.error.CardError as e:
        print(f"attempt {attempt}: declined ({e.error.decline_code}) -> retrying with another card")
        time.sleep(0.01)

charges = stripe.Charge.list(customer=customer.id)
print("charges:", sorted((c.status, c.paid) for c in charges.data))
