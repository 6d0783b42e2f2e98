import logging
import os
import sys

import stripe

logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")
logger = logging.getLogger("billing")

stripe.api_key = os.environ["STRIPE_API_KEY"]


def create_customer(email: str):
    logger.info("Creating customer for %s", email)
    try:
        customer = stripe.Customer.create(email=email)
    except stripe.error.StripeError as exc:
        logger.error("Stripe error: %s", exc.user_message)
        raise
    logger.info("Created customer %s", customer.id[:4])
    return customer


def charge(customer, amount):
    try:
        intent = stripe.PaymentIntent.create(
            amount=amount, currency="usd", customer=customer.id, payment_method="pm_card_chargeDeclined",
            payment_method_types=["card"], confirm=True,
        )
        logger.info("Charged %s", intent.id)
    except stripe.error.CardError as exc:
        logger.warning("Card declined (%s): %s", exc.code, exc.user_message)


customer = create_customer("logger@example.com")
charge(customer, 1234)
logger.debug("not shown")
