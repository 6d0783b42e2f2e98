# family: a raw socket
# expect: blocked blocked-import
import socket
connection = socket.create_connection(("127.0.0.1", {{PORT}}), timeout=1)
connection.sendall(b"pwned")
