# family: compile to a code object
# expect: blocked blocked-call
code = compile("open('{{MARKER}}', 'w').write('x')", "x", "exec")
print(code)
