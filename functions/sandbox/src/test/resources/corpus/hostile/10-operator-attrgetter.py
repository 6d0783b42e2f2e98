# family: operator.attrgetter of a dunder
# expect: blocked dynamic-attribute
import operator
get_globals = operator.attrgetter("__globals__")
print(get_globals(lambda: 0)["__builtins__"])
