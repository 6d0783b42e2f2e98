# family: os._exit ending the host process
# expect: blocked blocked-call
import os
os._exit(0)
