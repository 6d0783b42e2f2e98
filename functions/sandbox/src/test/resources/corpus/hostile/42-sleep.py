# family: sleeping past the limit
# expect: timeout
# limit: 1
import time
time.sleep(3600)
