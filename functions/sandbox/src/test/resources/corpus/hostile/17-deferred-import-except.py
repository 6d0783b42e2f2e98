# family: import hidden in an exception handler
# expect: blocked blocked-import
try:
    import json
    json.loads("{")
except ValueError:
    import socket
    socket.create_connection(("127.0.0.1", {{PORT}}))
