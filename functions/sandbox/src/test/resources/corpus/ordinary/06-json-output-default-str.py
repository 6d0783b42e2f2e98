# style: json.dumps with default=str
# expect: "created_at": "20
import json
import os
from datetime import datetime, timezone

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

product = stripe.Product.create(name="Gold plan", description="Best plan")
result = {
    "id": product.id,
    "name": product.name,
    "created_at": datetime.fromtimestamp(product.created, tz=timezone.utc),
}
print(json.dumps(result, indent=2, default=str))
