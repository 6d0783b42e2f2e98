import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(name="Credit Carl", email="carl@example.com")

txn = stripe.Customer.create_balance_transaction(customer.id, amount=-500, currency="usd",
                                                 description="Goodwill credit")
print("balance txn:", txn.object, txn.amount, txn.currency, txn.customer == customer.id)

txns = stripe.Customer.list_balance_transactions(customer.id, limit=3)
print("txn list object:", txns.object)

tax_id = stripe.Customer.create_tax_id(customer.id, type="eu_vat", value="DE123456789")
print("tax id:", tax_id.object, tax_id.type, tax_id.value)
