# family: sys.modules lookup of os
# expect: blocked blocked-attribute
import sys
sys.modules["os"].system("touch {{MARKER}}")
