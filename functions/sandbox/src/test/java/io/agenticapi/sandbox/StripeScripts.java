package io.agenticapi.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordinary scripts of the kind the Generator writes: the policy must allow every one of them. */
final class StripeScripts {

    static final Map<String, String> ORDINARY = new LinkedHashMap<>();

    static {
        ORDINARY.put("create customer", """
                import os
                import stripe

                stripe.api_key = os.environ["STRIPE_API_KEY"]

                customer = stripe.Customer.create(name="Alice Smith", email="alice@test.com")
                print(f"Created customer {customer.id} ({customer.email})")
                """);
        ORDINARY.put("list customers with paging", """
                import os
                import stripe

                stripe.api_key = os.getenv("STRIPE_SECRET_KEY")
                count = 0
                for customer in stripe.Customer.list(limit=2).auto_paging_iter():
                    count += 1
                    print(customer.id, customer.get("email"))
                print("total:", count)
                """);
        ORDINARY.put("payment intent with card error handling", """
                import os
                import sys
                import stripe

                stripe.api_key = os.environ.get("STRIPE_API_KEY")

                def main():
                    try:
                        intent = stripe.PaymentIntent.create(amount=2000, currency="usd",
                                                             payment_method="pm_card_visa", confirm=True)
                        print("status:", intent.status)
                    except stripe.error.CardError as e:
                        print(f"Card declined: {e.user_message} (code={e.code})", file=sys.stderr)
                        sys.exit(1)
                    except stripe.error.StripeError as e:
                        print(f"Stripe error: {type(e).__name__}: {e}", file=sys.stderr)
                        sys.exit(2)

                if __name__ == "__main__":
                    main()
                """);
        ORDINARY.put("StripeClient services", """
                import os
                from stripe import StripeClient

                client = StripeClient(os.environ["STRIPE_API_KEY"])
                customer = client.v1.customers.create(params={"name": "Bob", "metadata": {"source": "agent"}})
                fetched = client.customers.retrieve(customer.id)
                print(fetched.name, fetched.metadata["source"])
                """);
        ORDINARY.put("checkout session", """
                import stripe, os
                stripe.api_key = os.environ["STRIPE_API_KEY"]
                session = stripe.checkout.Session.create(
                    mode="payment",
                    line_items=[{"price": "price_123", "quantity": 2}],
                    success_url="https://example.com/success?session_id={CHECKOUT_SESSION_ID}",
                    cancel_url="https://example.com/cancel",
                )
                print(session.url)
                """);
        ORDINARY.put("product price subscription", """
                import os
                import stripe

                stripe.api_key = os.environ["STRIPE_API_KEY"]
                product = stripe.Product.create(name="Gold plan")
                price = stripe.Price.create(product=product.id, unit_amount=1500, currency="usd",
                                            recurring={"interval": "month"})
                customer = stripe.Customer.create(email="jenny@example.com")
                subscription = stripe.Subscription.create(customer=customer.id, items=[{"price": price.id}])
                print(subscription.id, subscription.status)
                """);
        ORDINARY.put("search with logging", """
                import logging
                import os
                import stripe

                logging.basicConfig(level=logging.INFO)
                logger = logging.getLogger(__name__)
                stripe.api_key = os.environ["STRIPE_API_KEY"]

                def find(email: str):
                    result = stripe.Customer.search(query=f"email:'{email}'")
                    logger.info("found %d", len(result.data))
                    return result.data

                if __name__ == "__main__":
                    for c in find("alice@test.com"):
                        print(c.id)
                """);
        ORDINARY.put("refund with dataclass", """
                from dataclasses import dataclass, field
                from typing import Optional, List
                import os
                import stripe

                stripe.api_key = os.environ["STRIPE_API_KEY"]

                @dataclass
                class RefundResult:
                    refund_id: str
                    amount: int
                    notes: List[str] = field(default_factory=list)
                    reason: Optional[str] = None

                def refund(payment_intent_id: str) -> RefundResult:
                    try:
                        r = stripe.Refund.create(payment_intent=payment_intent_id, amount=500)
                        return RefundResult(refund_id=r.id, amount=r.amount)
                    except Exception as e:
                        print(f"{type(e).__name__}: {e}")
                        print(e.__class__.__name__)
                        raise

                print(refund("pi_123"))
                """);
        ORDINARY.put("custom error class", """
                import os
                import sys
                import stripe

                class BillingError(Exception):
                    def __init__(self, message, code=None):
                        super().__init__(message)
                        self.code = code

                    def __str__(self):
                        return f"BillingError({self.code}): {self.args[0]}"

                    def __repr__(self):
                        return self.__str__()

                stripe.api_key = os.environ["STRIPE_API_KEY"]
                try:
                    stripe.Customer.retrieve("cus_missing")
                except stripe.error.InvalidRequestError as e:
                    print(BillingError(str(e), getattr(e, "code", None)), file=sys.stderr)
                    sys.stdout.write("not found\\n")
                """);
        ORDINARY.put("invoice with dates and decimals", """
                import argparse
                import json
                import os
                from datetime import datetime, timedelta, timezone
                from decimal import Decimal
                import stripe

                parser = argparse.ArgumentParser()
                parser.add_argument("--days", type=int, default=30)
                args = parser.parse_args([])
                stripe.api_key = os.environ["STRIPE_API_KEY"]
                due = datetime.now(timezone.utc) + timedelta(days=args.days)
                amount = int(Decimal("19.99") * 100)
                stripe.InvoiceItem.create(customer="cus_123", amount=amount, currency="usd")
                invoice = stripe.Invoice.create(customer="cus_123", collection_method="send_invoice",
                                                due_date=int(due.timestamp()))
                print(json.dumps({"invoice": invoice.id, "due": due}, default=str, indent=2))
                """);
        ORDINARY.put("modify and delete", """
                import os
                import stripe

                stripe.api_key = os.environ["STRIPE_API_KEY"]
                customer = stripe.Customer.create(name="Temp")
                stripe.Customer.modify(customer.id, metadata={"tier": "gold"})
                deleted = stripe.Customer.delete(customer.id)
                if hasattr(deleted, "deleted") and deleted.deleted:
                    print("deleted", deleted.id)
                """);
        ORDINARY.put("idempotency and error module imports", """
                import os
                import uuid
                import stripe
                import stripe.error
                from stripe.error import StripeError, CardError

                stripe.api_key = os.environ["STRIPE_API_KEY"]
                key = str(uuid.uuid4())
                try:
                    charge = stripe.PaymentIntent.create(amount=1000, currency="eur", idempotency_key=key)
                    print(charge.to_dict()["id"])
                except CardError as e:
                    print("declined", e.http_status)
                except StripeError as e:
                    print("failed", e)
                """);
    }

    private StripeScripts() {
    }
}
