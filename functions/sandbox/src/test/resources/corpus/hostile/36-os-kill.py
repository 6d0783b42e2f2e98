# family: os.kill of the host process
# expect: blocked blocked-call
import os
os.kill(os.getpid(), 9)
