# family: globals() to reach __builtins__
# expect: blocked blocked-call
globals()["__builtins__"].open("{{MARKER}}", "w")
