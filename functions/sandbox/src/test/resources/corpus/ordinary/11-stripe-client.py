# style: StripeClient services with params
# expect: Retrieved Erin
import os
from stripe import StripeClient

client = StripeClient(os.environ["STRIPE_API_KEY"])
created = client.v1.customers.create(params={"name": "Erin", "metadata": {"team": "ops"}})
fetched = client.customers.retrieve(created.id)
print(f"Retrieved {fetched.name} ({fetched.metadata['team']})")
