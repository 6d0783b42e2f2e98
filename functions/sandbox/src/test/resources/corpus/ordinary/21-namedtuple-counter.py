# style: collections helpers
# expect: most common: usd
import os
from collections import Counter, defaultdict, namedtuple

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

Row = namedtuple("Row", ["id", "currency"])
rows = [Row(stripe.PaymentIntent.create(amount=100 * i, currency="usd").id, "usd") for i in range(1, 4)]
by_currency = defaultdict(list)
for row in rows:
    by_currency[row.currency].append(row.id)
print("most common:", Counter(r.currency for r in rows).most_common(1)[0][0])
print({k: len(v) for k, v in by_currency.items()})
