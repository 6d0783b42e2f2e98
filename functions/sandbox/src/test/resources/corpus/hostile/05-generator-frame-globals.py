# family: generator frame to the caller's globals
# expect: blocked introspection
def gen():
    yield 1

g = gen()
caller_globals = g.gi_frame.f_back.f_globals
caller_globals["__builtins__"]["open"]("{{MARKER}}", "w")
