# family: while True: pass
# expect: timeout
# limit: 1
while True:
    pass
