# family: recursion through __repr__
# expect: error RecursionError
class Loop:
    def __repr__(self):
        return repr(self)

print(Loop())
