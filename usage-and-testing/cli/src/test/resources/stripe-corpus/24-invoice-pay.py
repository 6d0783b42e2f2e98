import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(email="payer@example.com", payment_method="pm_card_visa",
                                  invoice_settings={"default_payment_method": "pm_card_visa"})
item = stripe.InvoiceItem.create(customer=customer.id, amount=4200, currency="usd", description="Annual report")
print("pending item:", item.invoice)

invoice = stripe.Invoice.create(customer=customer.id, pending_invoice_items_behavior="include",
                                auto_advance=False)
print("invoice total:", invoice.total)
invoice.finalize_invoice()
print("after finalize:", invoice.status)
invoice.pay()
print("after pay:", invoice.status, invoice.amount_paid, invoice.amount_remaining)

void_me = stripe.Invoice.create(customer=customer.id, collection_method="send_invoice", days_until_due=7)
stripe.InvoiceItem.create(customer=customer.id, invoice=void_me.id, amount=800, currency="usd")
void_me = stripe.Invoice.finalize_invoice(void_me.id)
voided = stripe.Invoice.void_invoice(void_me.id)
print("voided:", voided.status)
