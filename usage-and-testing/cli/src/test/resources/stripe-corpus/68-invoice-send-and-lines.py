import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(email="send@example.com", name="Send Sid")
invoice = stripe.Invoice.create(customer=customer.id, collection_method="send_invoice", days_until_due=30,
                                description="March services", metadata={"project": "apollo"})
stripe.InvoiceItem.create(customer=customer.id, invoice=invoice.id, amount=9900, currency="usd",
                          description="Retainer")

lines = stripe.Invoice.list_lines(invoice.id, limit=5)
print("line:", lines.data[0].description, lines.data[0].amount)

invoice = stripe.Invoice.finalize_invoice(invoice.id, auto_advance=False)
sent = stripe.Invoice.send_invoice(invoice.id)
print("sent:", sent.status, sent.collection_method, sent.due_date is not None)

fetched = stripe.Invoice.retrieve(invoice.id, expand=["customer"])
print("customer:", fetched.customer.name, "| project:", fetched.metadata["project"])

open_invoices = stripe.Invoice.list(customer=customer.id, status="open")
print("open:", [inv.amount_due for inv in open_invoices.auto_paging_iter()])
