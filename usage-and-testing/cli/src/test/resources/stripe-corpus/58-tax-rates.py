import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

rate = stripe.TaxRate.create(
    display_name="VAT",
    description="VAT Germany",
    jurisdiction="DE",
    percentage=19,
    inclusive=False,
)
print("tax rate:", rate.object, rate.display_name, rate.percentage, rate.inclusive)
print("id prefix:", rate.id.startswith("txr_"))
rates = stripe.TaxRate.list(limit=3)
print("list:", rates.object, isinstance(rates.data, list))
