# family: object subclasses walk to Popen
# expect: blocked dunder-access
for cls in ().__class__.__base__.__subclasses__():
    if cls.__name__ == "Popen":
        cls(["touch", "{{MARKER}}"])
