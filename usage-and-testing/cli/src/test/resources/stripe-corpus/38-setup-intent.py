import os

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

customer = stripe.Customer.create(email="saved-card@example.com")
setup = stripe.SetupIntent.create(
    customer=customer.id,
    payment_method_types=["card"],
    usage="off_session",
)
print("created:", setup.status, setup.usage)
setup = stripe.SetupIntent.confirm(setup.id, payment_method="pm_card_visa")
print("confirmed:", setup.status)

methods = stripe.PaymentMethod.list(customer=customer.id, type="card")
print("saved cards:", len(methods.data), methods.data[0].card.last4 if methods.data else None)

# charge the saved card off-session
intent = stripe.PaymentIntent.create(
    amount=1500, currency="usd", customer=customer.id, payment_method=setup.payment_method,
    payment_method_types=["card"], off_session=True, confirm=True,
)
print("off-session charge:", intent.status)
