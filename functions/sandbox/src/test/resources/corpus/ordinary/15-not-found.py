# style: InvalidRequestError for a missing object
# expect: not found (404): resource_missing
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

try:
    stripe.Customer.retrieve("cus_missing123")
except stripe.error.InvalidRequestError as e:
    print(f"not found ({e.http_status}): {e.code}")
