# family: format string reading dunder attributes
# expect: blocked dunder-access
print("{0.__class__.__base__.__subclasses__}".format(()))
