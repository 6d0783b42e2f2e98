# family: format_map reading private module state
# expect: blocked private-access
import stripe
print("{s._send_request}".format_map({"s": stripe}))
