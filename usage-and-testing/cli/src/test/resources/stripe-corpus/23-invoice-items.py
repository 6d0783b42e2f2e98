# Invoice a customer for one-off items (Stripe docs: "Create an invoice")
import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(name="Invoice Ian", email="ian@example.com")

invoice = stripe.Invoice.create(
    customer=customer.id,
    collection_method="send_invoice",
    days_until_due=30,
)
print("draft:", invoice.status)

stripe.InvoiceItem.create(customer=customer.id, invoice=invoice.id, amount=2500, currency="usd",
                          description="Consulting (1h)")
stripe.InvoiceItem.create(customer=customer.id, invoice=invoice.id, amount=1000, currency="usd",
                          description="Setup fee")

invoice = stripe.Invoice.retrieve(invoice.id)
print("lines:", len(invoice.lines.data))
print("amount_due:", invoice.amount_due)

finalized = stripe.Invoice.finalize_invoice(invoice.id)
print("finalized:", finalized.status)
print("number assigned:", bool(finalized.number))
print("hosted url:", finalized.hosted_invoice_url.startswith("https://"))
