# family: a logging handler writing a file
# expect: blocked file-write
import logging
logging.basicConfig(filename="{{MARKER}}", level=logging.INFO)
logging.info("pwned")
