# style: retry loop with backoff on rate limits
# expect: created after 1 attempt
import os
import random
import time

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]


def with_retries(call, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            return call(), attempt
        except (stripe.error.RateLimitError, stripe.error.APIConnectionError):
            if attempt == attempts:
                raise
            time.sleep(min(0.01 * 2 ** attempt + random.random() / 100, 0.1))


customer, attempts = with_retries(lambda: stripe.Customer.create(email="kim@test.com"))
print(f"created after {attempts} attempt{'s' if attempts > 1 else ''}")
