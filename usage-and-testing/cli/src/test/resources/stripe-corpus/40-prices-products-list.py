import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

product = stripe.Product.create(name="Coffee beans", metadata={"roast": "dark"})
monthly = stripe.Price.create(product=product.id, currency="usd", unit_amount=1500,
                              recurring={"interval": "month"}, lookup_key=None)
yearly = stripe.Price.create(product=product.id, currency="usd", unit_amount=15000,
                             recurring={"interval": "year", "interval_count": 1})
one_off = stripe.Price.create(product=product.id, currency="usd", unit_amount=2000)

prices = stripe.Price.list(product=product.id, limit=10)
print("prices:", len(prices.data))
recurring = stripe.Price.list(product=product.id, type="recurring")
print("recurring intervals:", sorted(p.recurring.interval for p in recurring))

stripe.Price.modify(one_off.id, active=False)
active = stripe.Price.list(product=product.id, active=True)
print("active:", len(active.data))

product = stripe.Product.modify(product.id, default_price=monthly.id)
print("default price:", product.default_price == monthly.id)

products = stripe.Product.list(active=True, limit=3)
print("product listed:", any(p.id == product.id for p in products.auto_paging_iter()))
