# style: typing and an Enum
# expect: plan=PRO price=price_
import os
from enum import Enum
from typing import List, Optional

import stripe


class Plan(str, Enum):
    BASIC = "basic"
    PRO = "pro"


AMOUNTS = {Plan.BASIC: 900, Plan.PRO: 2900}


def create_price(product_id: str, plan: Plan) -> Optional[str]:
    price = stripe.Price.create(product=product_id, unit_amount=AMOUNTS[plan], currency="usd",
                                recurring={"interval": "month"}, nickname=plan.value)
    return price.id


def main(plans: List[Plan]) -> None:
    stripe.api_key = os.environ["STRIPE_API_KEY"]
    product = stripe.Product.create(name="Service")
    for plan in plans:
        print(f"plan={plan.name} price={create_price(product.id, plan)}")


if __name__ == "__main__":
    main([Plan.BASIC, Plan.PRO])
    print("members:", [p.value for p in Plan.__members__.values()])
