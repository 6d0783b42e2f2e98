# style: created filter from datetime arithmetic
# expect: since 20
import os
import time
from datetime import datetime, timedelta, timezone

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

since = datetime.now(timezone.utc) - timedelta(days=7)
charges = stripe.Charge.list(limit=3, created={"gte": int(since.timestamp())})
print(f"since {since:%Y-%m-%d}: {len(charges.data)} charges at {int(time.time()) > 0}")
