import os
import uuid

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

order = uuid.uuid4().hex[:8]
customer = stripe.Customer.create(email=f"{order}@example.com")
for amount, card in ((1500, "pm_card_visa"), (2500, "pm_card_visa"), (3500, "pm_card_chargeDeclined")):
    try:
        stripe.PaymentIntent.create(amount=amount, currency="usd", payment_method=card, confirm=True,
                                    customer=customer.id, payment_method_types=["card"], metadata={"order": order})
    except stripe.error.CardError:
        pass

succeeded = stripe.Charge.search(query=f"customer:'{customer.id}' AND status:'succeeded'")
print("succeeded charges:", sorted(c.amount for c in succeeded))
big = stripe.Charge.search(query=f"customer:'{customer.id}' AND amount>=2500")
print("amount>=2500:", sorted(c.amount for c in big))
failed = stripe.PaymentIntent.search(query=f"metadata['order']:'{order}' AND status:'requires_payment_method'")
print("failed intents:", [pi.amount for pi in failed])
