# family: vars() of a module
# expect: blocked blocked-call
import json
print(vars(json)["__builtins__"])
