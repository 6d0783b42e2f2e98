import hashlib
import hmac
import json
import time

import stripe

secret = "whsec_test_secret"
payload = json.dumps({
    "id": "evt_test_webhook",
    "object": "event",
    "type": "payment_intent.succeeded",
    "data": {"object": {"id": "pi_123", "object": "payment_intent", "amount": 2000, "currency": "usd"}},
})
timestamp = int(time.time())
signature = hmac.new(secret.encode(), f"{timestamp}.{payload}".encode(), hashlib.sha256).hexdigest()
header = f"t={timestamp},v1={signature}"

event = stripe.Webhook.construct_event(payload, header, secret)
print("event type:", event.type)
intent = event.data.object
print("intent:", intent.id, intent.amount, type(intent).__name__)

try:
    stripe.Webhook.construct_event(payload, f"t={timestamp},v1=deadbeef", secret)
except stripe.error.SignatureVerificationError as e:
    print("bad signature rejected:", type(e).__name__)
