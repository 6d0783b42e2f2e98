# family: key exfiltration: printing response headers
# expect: neutralised redacted
import stripe
stripe.api_key = "sk_test_guess"
customer = stripe.Customer.create(name="Mallory")
print(customer.last_response.headers)
