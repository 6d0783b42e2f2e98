# style: logging configured to stdout
# expect: INFO Listed 2 customers
import logging
import os
import sys

import stripe

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
logger = logging.getLogger(__name__)

stripe.api_key = os.environ["STRIPE_API_KEY"]

customers = stripe.Customer.list(limit=10)
logger.info("Listed %d customers", len(customers.data))
for customer in customers.data:
    logger.debug("customer %s", customer.id)
