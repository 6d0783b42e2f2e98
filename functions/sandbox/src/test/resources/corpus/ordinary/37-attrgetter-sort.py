# style: operator.attrgetter / itemgetter sorting with literal names
# expect: newest: cus_
# expect: by amount: [300, 200, 100]
import operator
import os
from operator import attrgetter, itemgetter

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customers = stripe.Customer.list(limit=3).data
newest = max(customers, key=attrgetter("created"))
print("newest:", newest.id)
rows = [{"amount": a} for a in (100, 300, 200)]
print("by amount:", [r["amount"] for r in sorted(rows, key=itemgetter("amount"), reverse=True)])
print("ids:", list(map(operator.attrgetter("id"), customers)))
