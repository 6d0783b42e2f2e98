# style: search with a query
# expect: found 2
import os
import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

result = stripe.Customer.search(query="email:'alice@test.com'", limit=10)
print("found", len(result.data))
for customer in result:
    print("-", customer.id)
