# family: os.popen
# expect: blocked blocked-call
import os
print(os.popen("id").read())
