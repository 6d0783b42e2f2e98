# style: balance retrieve and formatting
# expect: available: 123.45 USD
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

balance = stripe.Balance.retrieve()
for entry in balance.available:
    print("available: {:.2f} {}".format(entry.amount / 100, entry.currency.upper()))
