# style: class with __init__, __repr__ and __str__
# expect: Invoice(customer=cus_
import os
import stripe


class InvoiceDraft:
    def __init__(self, customer_id: str, description: str):
        self.customer_id = customer_id
        self.description = description
        self.invoice = None

    def create(self):
        self.invoice = stripe.Invoice.create(customer=self.customer_id, description=self.description)
        return self

    def __repr__(self):
        return f"Invoice(customer={self.customer_id!r}, id={self.invoice.id if self.invoice else None!r})"

    def __str__(self):
        return f"{self.__class__.__name__} for {self.customer_id}"


stripe.api_key = os.environ["STRIPE_API_KEY"]
customer = stripe.Customer.create(email="dave@test.com")
draft = InvoiceDraft(customer.id, "Consulting").create()
print(repr(draft).replace("'", ""))
print(str(draft))
