# family: huge exponentiation from variables that runs past the limit inside one host operation
# expect: timeout
# limit: 1
base = 10
exponent = base ** 7
print((base ** exponent).bit_length())
