# family: pty.spawn
# expect: blocked blocked-import
import pty
pty.spawn("/bin/sh")
