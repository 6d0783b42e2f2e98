import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(email="wallet@example.com")
visa = stripe.PaymentMethod.attach("pm_card_visa", customer=customer.id)
mc = stripe.PaymentMethod.attach("pm_card_mastercard", customer=customer.id)
print("attached:", visa.card.brand, mc.card.brand)

cards = stripe.Customer.list_payment_methods(customer.id, type="card")
print("brands:", sorted(pm.card.brand for pm in cards))

detached = stripe.PaymentMethod.detach(mc.id)
print("detached customer:", detached.customer)

remaining = stripe.PaymentMethod.list(customer=customer.id, type="card")
print("remaining:", [pm.card.brand for pm in remaining])

pm = stripe.PaymentMethod.retrieve(visa.id)
print("expiry present:", pm.card.exp_year > 2000, pm.billing_details.email)
