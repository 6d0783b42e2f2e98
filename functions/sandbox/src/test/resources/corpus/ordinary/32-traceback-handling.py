# style: traceback.format_exc in a handler
# expect: handled ZeroDivisionError
import os
import sys
import traceback

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

try:
    customers = stripe.Customer.list(limit=1).data
    ratio = len(customers) / 0
except ZeroDivisionError:
    details = traceback.format_exc()
    print("handled", details.strip().splitlines()[-1].split(":")[0])
    print(details, file=sys.stderr)
