# family: stdout flood
# expect: timeout truncated
# limit: 1
while True:
    print("A" * 1000)
