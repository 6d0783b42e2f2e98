# family: huge exponentiation from variables
# expect: error|timeout
# limit: 3
base = 10
exponent = base ** 9
print(len(str(base ** exponent)))
