# style: contextlib timer and a with block
# expect: took
import os
import time
from contextlib import contextmanager

import stripe


@contextmanager
def timed(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        print(f"{label} took {time.perf_counter() - start:.3f}s")


stripe.api_key = os.environ["STRIPE_API_KEY"]
with timed("customer create"):
    stripe.Customer.create(email="heidi@test.com")
