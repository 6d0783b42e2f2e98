# family: exec of a string
# expect: blocked blocked-call
exec("import os; os.system('touch {{MARKER}}')")
