# family: match class pattern capturing a dunder
# expect: blocked dunder-access
match print:
    case object(__self__=builtins_module):
        builtins_module.open("{{MARKER}}", "w")
