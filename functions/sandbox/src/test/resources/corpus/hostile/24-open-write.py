# family: writing a file
# expect: blocked file-write
with open("{{MARKER}}", "w") as handle:
    handle.write("pwned")
