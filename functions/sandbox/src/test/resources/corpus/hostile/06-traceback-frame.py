# family: exception traceback to frames
# expect: blocked dunder-access
try:
    1 / 0
except ZeroDivisionError as error:
    frame = error.__traceback__.tb_frame
    print(frame.f_globals)
