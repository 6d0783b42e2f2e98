# family: threads
# expect: blocked blocked-import
import threading
threading.Thread(target=lambda: print("side thread")).start()
