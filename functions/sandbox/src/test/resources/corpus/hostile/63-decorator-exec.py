# family: exec used as a decorator
# expect: blocked blocked-call
@exec
def payload():
    pass
