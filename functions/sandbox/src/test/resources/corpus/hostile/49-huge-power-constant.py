# family: huge constant exponentiation
# expect: blocked resource-limit
print(9 ** 9 ** 9)
