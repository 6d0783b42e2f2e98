# family: traceback.walk_stack frames
# expect: blocked introspection
import traceback
for frame, line in traceback.walk_stack(None):
    print(frame.f_globals.keys())
