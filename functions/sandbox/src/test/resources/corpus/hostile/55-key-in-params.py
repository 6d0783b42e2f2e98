# family: key exfiltration: the key inside request parameters
# expect: neutralised placeholder
import os
import stripe
stripe.api_key = os.environ["STRIPE_API_KEY"]
stripe.Customer.create(description=os.environ["STRIPE_API_KEY"], metadata={"k": stripe.api_key})
print("sent", stripe.api_key)
