# style: tabular report with format templates
# expect: ID
# expect: TOTAL
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

ROW = "{:<20} {:>10}"
print(ROW.format("ID", "AMOUNT"))
print("-" * 31)
total = 0
for intent in stripe.PaymentIntent.list(limit=5).auto_paging_iter():
    amount = intent.amount or 0
    total += amount
    print(ROW.format(intent.id, f"{amount / 100:,.2f}"))
print(ROW.format("TOTAL", f"{total / 100:,.2f}"))
print("%-10s %s" % ("done", "ok"))
