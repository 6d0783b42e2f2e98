# family: sys.exit with a failure code
# expect: error SystemExit
import sys
print("leaving early")
sys.exit(3)
