import os
import sys

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

try:
    customer = stripe.Customer.create(email="exit@example.com", name="Exit Ed")
    pm = stripe.PaymentMethod.attach("pm_card_visa", customer=customer.id)
    stripe.Customer.modify(customer.id, invoice_settings={"default_payment_method": pm.id})
except stripe.error.CardError as e:
    print(f"Card error: {e.user_message}")
    sys.exit(1)
except stripe.error.StripeError as e:
    print(f"Stripe error: {e}")
    sys.exit(1)
except Exception as e:  # noqa: BLE001
    print(f"Unexpected error: {e}")
    sys.exit(1)

print("attached:", pm.customer == customer.id, pm.card.brand, pm.card.last4)
customer = stripe.Customer.retrieve(customer.id)
print("default:", customer.invoice_settings.default_payment_method == pm.id)
sys.exit(0)
