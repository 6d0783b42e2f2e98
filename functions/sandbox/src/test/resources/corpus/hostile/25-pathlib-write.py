# family: pathlib writing a file
# expect: blocked blocked-import
from pathlib import Path
Path("{{TMP}}/pwned.txt").write_text("pwned")
