# style: custom exception chained from a Stripe error
# expect: lookup failed: CustomerLookupError
import os
import stripe


class CustomerLookupError(Exception):
    """Raised when a customer cannot be loaded."""


def load(customer_id):
    try:
        return stripe.Customer.retrieve(customer_id)
    except stripe.error.InvalidRequestError as e:
        raise CustomerLookupError(f"no customer {customer_id}") from e


stripe.api_key = os.environ["STRIPE_API_KEY"]
try:
    load("cus_missing")
except CustomerLookupError as e:
    print(f"lookup failed: {e.__class__.__name__}: {e}")
