# style: idempotency key from uuid
# expect: refund re_
import os
import uuid

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

intent = stripe.PaymentIntent.create(amount=500, currency="eur", payment_method="pm_card_visa", confirm=True,
                                     idempotency_key=str(uuid.uuid4()))
refund = stripe.Refund.create(payment_intent=intent.id, amount=200, idempotency_key=uuid.uuid4().hex)
print(f"refund {refund.id} for {intent.id}")
