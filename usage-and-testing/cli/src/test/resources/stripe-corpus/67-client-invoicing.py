# Invoicing with StripeClient (stripe-python 8+ service names)
import os

import stripe

client = stripe.StripeClient(os.environ["STRIPE_API_KEY"])

customer = client.customers.create(params={"email": "client-invoice@example.com", "name": "Client Ivy"})
invoice = client.invoices.create(
    params={"customer": customer.id, "collection_method": "send_invoice", "days_until_due": 10}
)
for description, amount in (("Design", 12000), ("Hosting", 3000)):
    client.invoice_items.create(
        params={"customer": customer.id, "invoice": invoice.id, "amount": amount, "currency": "usd",
                "description": description}
    )

lines = client.invoices.line_items.list(invoice.id)
print("lines:", sorted((line.description, line.amount) for line in lines.data))

invoice = client.invoices.finalize_invoice(invoice.id)
print("finalized:", invoice.status, invoice.amount_due)

invoice = client.v1.invoices.void_invoice(invoice.id)
print("voided:", invoice.status)

items = client.v1.invoice_items.list(params={"customer": customer.id})
print("items:", len(items.data))
