# style: properties, classmethods, staticmethods
# expect: Order(2 items, $35.00)
import os
import stripe


class Order:
    TAX_RATE = 0.0

    def __init__(self, items):
        self.items = list(items)

    @classmethod
    def from_prices(cls, *prices):
        return cls(prices)

    @staticmethod
    def cents(amount):
        return int(round(amount * 100))

    @property
    def total(self):
        return sum(self.items) * (1 + self.TAX_RATE)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Order({len(self)} items, ${self.total:.2f})"


stripe.api_key = os.environ["STRIPE_API_KEY"]
order = Order.from_prices(20.0, 15.0)
stripe.PaymentIntent.create(amount=Order.cents(order.total), currency="usd")
print(order)
