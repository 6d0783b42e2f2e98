# family: match class pattern capturing a frame
# expect: blocked dunder-access
def gen():
    yield 1

match gen():
    case object(gi_frame=frame):
        print(frame)
