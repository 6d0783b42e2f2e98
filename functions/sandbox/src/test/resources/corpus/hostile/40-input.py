# family: input() prompt
# expect: blocked blocked-call
answer = input("card number? ")
print(answer)
