# family: getattr passed around as a value (map/reduce)
# expect: blocked dynamic-attribute
import functools
names = ["__self__", "open"]
opener = functools.reduce(getattr, names, print)
opener("{{MARKER}}", "w").write("pwned")
