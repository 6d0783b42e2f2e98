"""How much did Stripe keep? The fee lives on the charge's balance transaction."""
import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

intent = stripe.PaymentIntent.create(
    amount=2000, currency="usd", payment_method="pm_card_visa", payment_method_types=["card"], confirm=True,
)
charge = stripe.Charge.retrieve(intent.latest_charge, expand=["balance_transaction"])
txn = charge.balance_transaction
print("type:", txn.type, "| source is charge:", txn.source == charge.id)
print("amount:", txn.amount, "| fee positive:", txn.fee > 0, "| net = amount - fee:", txn.net == txn.amount - txn.fee)
print("fee details:", [detail.type for detail in txn.fee_details])

same = stripe.BalanceTransaction.retrieve(txn.id)
print("retrieved:", same.id == txn.id, same.net == txn.net)

refund = stripe.Refund.create(payment_intent=intent.id, amount=500, expand=["balance_transaction"])
print("refund txn:", refund.balance_transaction.type, refund.balance_transaction.amount)
