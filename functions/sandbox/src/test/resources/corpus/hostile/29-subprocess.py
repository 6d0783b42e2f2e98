# family: subprocess
# expect: blocked blocked-import
import subprocess
subprocess.run(["touch", "{{MARKER}}"], check=True)
