# family: eval of a string
# expect: blocked blocked-call
print(eval("__import__('os').getcwd()"))
