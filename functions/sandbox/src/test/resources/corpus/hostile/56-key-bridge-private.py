# family: key exfiltration: calling the host bridge directly
# expect: blocked private-access
import stripe
print(stripe._send_request("GET", "/v1/customers", "{}", "{}"))
