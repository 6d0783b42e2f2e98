# Guest-side runtime of one execution context: installs the `stripe` shim and runs the user's script.
# Evaluated once per context (before the context is pooled); the last expression hands (install, run) to the host.
# The user's script runs with its own globals, so nothing defined here is reachable by name from it.

import builtins as _builtins
import json as _json
import sys as _sys
import types as _types

_SCRIPT = "main.py"
_RUNNER = "agentic_runner.py"


def _install(shim_source, table_json, bridge):
    module = _types.ModuleType("stripe")
    module.__dict__["_bridge"] = bridge
    exec(compile(shim_source, "stripe/__init__.py", "exec"), module.__dict__)
    namespaces = module._init(table_json)
    error = _types.ModuleType("stripe.error")
    for cls in module._ERROR_CLASSES:
        setattr(error, cls.__name__, cls)
    module.error = error
    _sys.modules["stripe"] = module
    _sys.modules["stripe.error"] = error
    for name, namespace in namespaces.items():
        _sys.modules["stripe." + name] = namespace
    # what generated scripts import most, so the first run does not pay for it
    import datetime  # noqa: F401
    import re  # noqa: F401
    for stream in (_sys.stdout, _sys.stderr):
        try:
            stream.reconfigure(line_buffering=True, write_through=True)  # output survives a hard stop
        except Exception:
            pass
    if not hasattr(_builtins, "exit"):
        _builtins.exit = _builtins.quit = _sys.exit
    _sys.argv = [_SCRIPT]  # as `python main.py` would have it (argparse reads argv[0])


def _type_name(cls):
    module = getattr(cls, "__module__", None)
    if module in (None, "builtins", "__main__"):
        return cls.__qualname__
    return module + "." + cls.__qualname__


def _user_line(error):
    if isinstance(error, SyntaxError) and error.filename == _SCRIPT:
        return error.lineno
    line = None
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == _SCRIPT:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


_TRACEBACK_EDGE = 10


def _format_frames(traceback_module, frames):
    frames = [f for f in frames if f.filename != _RUNNER]
    return list(traceback_module.StackSummary.from_list(frames).format())


def _print_traceback(error, code):
    try:
        import linecache as _linecache  # imported on the error path only: it costs a fresh context time
        import traceback as _traceback
        _linecache.cache[_SCRIPT] = (len(code), None, code.splitlines(True), _SCRIPT)
        depth = 0
        tb = error.__traceback__
        while tb is not None:
            depth += 1
            tb = tb.tb_next
        if depth > 2 * _TRACEBACK_EDGE:  # runaway recursion: thousands of frames are slow to format and useless
            head = _traceback.extract_tb(error.__traceback__, limit=_TRACEBACK_EDGE)
            tail = _traceback.extract_tb(error.__traceback__, limit=-_TRACEBACK_EDGE)
            lines = _format_frames(_traceback, head)
            lines.append("  [... {0} more frames ...]\n".format(depth - 2 * _TRACEBACK_EDGE))
            lines.extend(_format_frames(_traceback, tail))
        else:
            lines = _format_frames(_traceback, _traceback.extract_tb(error.__traceback__))
        text = ""
        if lines:
            text = "Traceback (most recent call last):\n" + "".join(lines)
        text += "".join(_traceback.format_exception_only(type(error), error))
        _sys.stderr.write(text)
    except BaseException:
        _sys.stderr.write("{0}: {1}\n".format(_type_name(type(error)), error))


# what to report when an error carries no message of its own (the reason must always be stated)
_DEFAULT_MESSAGES = {
    "MemoryError": "the script ran out of memory",
    "RecursionError": "maximum recursion depth exceeded",
    "KeyboardInterrupt": "the script was interrupted",
}


def _describe(error):
    try:
        message = str(error)
    except BaseException:
        message = repr(error)
    name = _type_name(type(error))
    if not message:
        message = _DEFAULT_MESSAGES.get(type(error).__name__, name + " raised without a message")
    return {"type": name, "message": message, "line": _user_line(error)}


def _run(code):
    script_globals = {"__name__": "__main__", "__builtins__": _builtins}
    result = {"status": "success"}
    try:
        exec(compile(code, _SCRIPT, "exec"), script_globals)
    except SystemExit as exit_request:
        status = exit_request.code
        if status is None or status == 0 or status is False:
            result = {"status": "success"}
        else:
            if not isinstance(status, int):
                _sys.stderr.write(str(status) + "\n")
            result = {"status": "error", "error": {"type": "SystemExit",
                                                   "message": "exit code {0}".format(status) if isinstance(
                                                       status, int) else str(status),
                                                   "line": _user_line(exit_request)}}
    except BaseException as error:
        result = {"status": "error", "error": _describe(error)}
        _print_traceback(error, code)
    finally:
        for stream in (_sys.stdout, _sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass
    return _json.dumps(result)


(_install, _run)
