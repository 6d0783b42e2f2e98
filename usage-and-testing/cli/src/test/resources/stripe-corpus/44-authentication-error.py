import stripe

# no key configured at all
stripe.api_key = None

try:
    stripe.Customer.list(limit=1)
    print("listed without a key?!")
except stripe.error.AuthenticationError as e:
    print("AuthenticationError:", "No API key provided" in str(e))

try:
    stripe.StripeClient("")
except stripe.AuthenticationError:
    print("StripeClient needs a key")
except Exception as e:  # noqa: BLE001 (stripe-python raises AuthenticationError)
    print("other error:", type(e).__name__)
