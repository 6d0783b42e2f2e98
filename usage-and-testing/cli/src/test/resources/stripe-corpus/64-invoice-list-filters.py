import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(email="ledger@example.com")
for amount in (1000, 2000):
    invoice = stripe.Invoice.create(customer=customer.id, collection_method="send_invoice", days_until_due=14)
    stripe.InvoiceItem.create(customer=customer.id, invoice=invoice.id, amount=amount, currency="usd",
                              description=f"Service {amount}")
    if amount == 2000:
        stripe.Invoice.finalize_invoice(invoice.id)

drafts = stripe.Invoice.list(customer=customer.id, status="draft")
opened = stripe.Invoice.list(customer=customer.id, status="open")
print("draft:", [i.amount_due for i in drafts], "open:", [i.amount_due for i in opened])

items = stripe.InvoiceItem.list(customer=customer.id)
print("items:", sorted(i.amount for i in items))

draft = drafts.data[0]
stripe.Invoice.delete(draft.id)
print("after delete:", len(stripe.Invoice.list(customer=customer.id).data))

uncollectible = stripe.Invoice.mark_uncollectible(opened.data[0].id)
print("uncollectible:", uncollectible.status)
