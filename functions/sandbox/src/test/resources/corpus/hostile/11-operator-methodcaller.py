# family: operator.methodcaller of a dunder
# expect: blocked dynamic-attribute
from operator import methodcaller
subclasses = methodcaller("__subclasses__")
print(subclasses(object))
