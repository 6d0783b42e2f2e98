# family: format string reading a generator's frame
# expect: blocked introspection
def gen():
    yield 1

print("{0.gi_frame.f_back.f_globals}".format(gen()))
