# family: key exfiltration: server echo, encoded
# expect: neutralised redacted
import base64
import json
import os
import stripe
stripe.api_key = os.environ["STRIPE_API_KEY"]
customer = stripe.Customer.create(name="Mallory")
echoed = customer["echoed_key"]
print("raw:", echoed)
print("reversed:", echoed[::-1])
print("base64:", base64.b64encode(echoed.encode()).decode())
print("json:", json.dumps(customer.to_dict()))
