# family: object.__getattribute__ with a dunder
# expect: blocked dunder-access
print(object.__getattribute__(print, "__self__"))
