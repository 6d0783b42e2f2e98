import os
import uuid

import stripe

stripe.api_key = os.environ["STRIPE_API_KEY"]

domain = f"{uuid.uuid4().hex[:8]}.example.com"
for name in ("Ann", "Bob", "Cid", "Dee", "Eve"):
    stripe.Customer.create(name=name, email=f"{name.lower()}@{domain}", metadata={"domain": domain})

names = [c.name for c in stripe.Customer.search_auto_paging_iter(query=f"metadata['domain']:'{domain}'", limit=2)]
print("found:", sorted(names))

result = stripe.Customer.search(query=f"metadata['domain']:'{domain}' AND name:'Eve'")
print("exact:", [c.name for c in result.data], result.has_more)
none = stripe.Customer.search(query=f"metadata['domain']:'{domain}' AND name:'Zed'")
print("none:", len(none.data), none.next_page)
