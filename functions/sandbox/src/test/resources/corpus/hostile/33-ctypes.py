# family: ctypes
# expect: blocked blocked-import
import ctypes
libc = ctypes.CDLL(None)
libc.system(b"touch {{MARKER}}")
