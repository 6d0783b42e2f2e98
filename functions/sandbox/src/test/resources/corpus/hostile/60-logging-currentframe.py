# family: logging.currentframe to builtins
# expect: blocked introspection
import logging
print(logging.currentframe().f_back.f_builtins["open"])
