# family: stderr flood
# expect: timeout truncated
# limit: 1
import sys
while True:
    sys.stderr.write("E" * 1000 + "\n")
