# family: getattr with a name built at run time
# expect: blocked dynamic-attribute
name = "__se" + "lf__"
builtins_module = getattr(print, name)
print(builtins_module)
