# family: __import__ through the builtins dict
# expect: blocked dunder-access
os_module = __builtins__["__import__"]("os")
os_module.system("touch {{MARKER}}")
