# style: dataclass summarising a created object
# expect: "email": "carol@test.com"
import json
import os
from dataclasses import asdict, dataclass, field
from typing import Dict, Optional

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]


@dataclass
class CustomerSummary:
    id: str
    email: Optional[str]
    name: Optional[str]
    metadata: Dict[str, str] = field(default_factory=dict)


customer = stripe.Customer.create(name="Carol", email="carol@test.com", metadata={"source": "agent"})
summary = CustomerSummary(id=customer.id, email=customer.email, name=customer.name,
                          metadata=dict(customer.metadata))
print(json.dumps(asdict(summary), indent=2))
