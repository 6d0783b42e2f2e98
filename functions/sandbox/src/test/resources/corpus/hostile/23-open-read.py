# family: reading a file
# expect: blocked blocked-call
print(open("/etc/passwd").read())
