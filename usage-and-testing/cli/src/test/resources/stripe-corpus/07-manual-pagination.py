import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]


def create_products(n):
    return [stripe.Product.create(name=f"Widget {i}") for i in range(n)]


def fetch_all_products(page_size=4):
    products = []
    starting_after = None
    pages = 0
    while True:
        params = {"limit": page_size}
        if starting_after:
            params["starting_after"] = starting_after
        page = stripe.Product.list(**params)
        pages += 1
        products.extend(page.data)
        if not page.has_more:
            break
        starting_after = page.data[-1].id
    return products, pages


created = create_products(10)
products, pages = fetch_all_products()
fetched_ids = [p.id for p in products]
print("at least 3 pages:", pages >= 3)
print("every created product fetched:", all(p.id in fetched_ids for p in created))
print("no duplicates:", len(fetched_ids) == len(set(fetched_ids)))
print("newest first:", products[0].name)
