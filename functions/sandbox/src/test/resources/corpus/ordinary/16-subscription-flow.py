# style: product, price, customer, subscription
# expect: subscription sub_
# expect: status active
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

product = stripe.Product.create(name="Monthly box")
price = stripe.Price.create(product=product.id, unit_amount=1500, currency="usd", recurring={"interval": "month"})
customer = stripe.Customer.create(email="frank@test.com", payment_method="pm_card_visa",
                                  invoice_settings={"default_payment_method": "pm_card_visa"})
subscription = stripe.Subscription.create(customer=customer.id, items=[{"price": price.id}])
print("subscription", subscription.id)
print("status", subscription.status)
