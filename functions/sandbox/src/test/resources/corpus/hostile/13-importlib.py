# family: importlib.import_module
# expect: blocked blocked-import
import importlib
subprocess = importlib.import_module("subprocess")
subprocess.run(["touch", "{{MARKER}}"])
