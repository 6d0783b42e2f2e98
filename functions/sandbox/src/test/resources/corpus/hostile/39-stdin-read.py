# family: reading stdin
# expect: blocked blocked-attribute
import sys
secret = sys.stdin.read()
print(secret)
