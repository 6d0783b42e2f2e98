# family: endless API calls
# expect: error APIConnectionError
# limit: 20
import stripe
stripe.api_key = "sk_test_guess"
while True:
    stripe.Customer.list(limit=100)
