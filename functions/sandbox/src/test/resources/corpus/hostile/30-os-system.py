# family: os.system
# expect: blocked blocked-call
import os
os.system("touch {{MARKER}}")
