# style: expand and nested attribute access
# expect: invoice settings: pm_card_visa
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(email="lee@test.com",
                                  invoice_settings={"default_payment_method": "pm_card_visa"})
fetched = stripe.Customer.retrieve(customer.id, expand=["invoice_settings.default_payment_method"])
print("invoice settings:", fetched.invoice_settings.default_payment_method)
