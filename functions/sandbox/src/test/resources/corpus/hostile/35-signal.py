# family: signal handlers
# expect: blocked blocked-import
import signal
signal.signal(signal.SIGALRM, lambda *args: None)
signal.alarm(1)
