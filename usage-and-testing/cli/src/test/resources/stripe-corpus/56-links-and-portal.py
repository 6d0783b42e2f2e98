import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

price = stripe.Price.create(currency="usd", unit_amount=1000, product_data={"name": "Sticker pack"})
link = stripe.PaymentLink.create(line_items=[{"price": price.id, "quantity": 1}])
print("payment link:", link.object, link.url.startswith("https://"))

customer = stripe.Customer.create(email="portal@example.com")
portal = stripe.billing_portal.Session.create(customer=customer.id, return_url="https://example.com/account")
print("portal:", portal.object, portal.customer == customer.id, portal.return_url)
