# family: string annotation evaluated by typing
# expect: blocked blocked-import
from typing import get_type_hints

def handler(x: "__import__('os').system('touch {{MARKER}}')"):
    pass

get_type_hints(handler)
