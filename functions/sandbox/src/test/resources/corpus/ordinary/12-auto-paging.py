# style: auto_paging_iter over a list
# expect: total 2
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

total = 0
for customer in stripe.Customer.list(limit=100).auto_paging_iter():
    total += 1
print("total", total)
