# family: key exfiltration: environment and stripe.api_key
# expect: neutralised placeholder
import os
import stripe
stripe.api_key = os.environ["STRIPE_API_KEY"]
print("module key:", stripe.api_key)
print("environment:", dict(os.environ))
