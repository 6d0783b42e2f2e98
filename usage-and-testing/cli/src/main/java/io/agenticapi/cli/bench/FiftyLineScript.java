package io.agenticapi.cli.bench;

/** A 50-line script in the style the Generator writes; each variant differs so no run can reuse another's work. */
final class FiftyLineScript {

    private static final String TEMPLATE = """
            import json
            import logging
            import os
            import sys
            from dataclasses import asdict, dataclass
            from typing import Optional

            import stripe

            logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
            logger = logging.getLogger(__name__)

            @dataclass
            class Result:
                customer_id: str
                email: Optional[str]
                intent_id: Optional[str] = None
                status: str = "pending"


            def create_customer(name: str, email: str) -> stripe.Customer:
                return stripe.Customer.create(name=name, email=email, metadata={"source": "agent"})


            def charge(customer_id: str, amount: int) -> Optional[stripe.PaymentIntent]:
                try:
                    return stripe.PaymentIntent.create(amount=amount, currency="usd", customer=customer_id,
                                                       payment_method="pm_card_visa", confirm=True)
                except stripe.error.CardError as e:
                    logger.warning("card declined: %s", e.user_message)
                except stripe.error.StripeError as e:
                    logger.error("stripe error %s: %s", type(e).__name__, e)
                return None


            def main() -> int:
                stripe.api_key = os.environ.get("STRIPE_API_KEY")
                customer = create_customer("Alice Smith", "alice@test.com")
                intent = charge(customer.id, 2000 + RUN_NUMBER)
                result = Result(customer.id, customer.email)
                if intent is not None:
                    result.intent_id, result.status = intent.id, intent.status
                print(json.dumps(asdict(result), indent=2, default=str))
                return 0 if result.status == "succeeded" else 1


            if __name__ == "__main__":
                sys.exit(main())
            """;

    private FiftyLineScript() {
    }

    static String variant(int run) {
        return TEMPLATE.replace("RUN_NUMBER", Integer.toString(Math.abs(run))) + "# variant " + run + "\n";
    }
}
