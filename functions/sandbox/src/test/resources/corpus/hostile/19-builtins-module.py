# family: the builtins module
# expect: blocked blocked-import
import builtins
builtins.open("{{MARKER}}", "w").write("pwned")
