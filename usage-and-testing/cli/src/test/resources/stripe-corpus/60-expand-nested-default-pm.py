import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(email="nested-expand@example.com")
pm = stripe.PaymentMethod.attach("pm_card_mastercard", customer=customer.id)
stripe.Customer.modify(customer.id, invoice_settings={"default_payment_method": pm.id})

customer = stripe.Customer.retrieve(customer.id, expand=["invoice_settings.default_payment_method"])
default_pm = customer.invoice_settings.default_payment_method
print("expanded:", default_pm.object, default_pm.card.brand, default_pm.card.last4)

plain = stripe.Customer.retrieve(customer.id)
print("plain:", plain.invoice_settings.default_payment_method == pm.id)
