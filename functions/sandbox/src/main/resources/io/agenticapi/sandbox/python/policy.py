# Static policy for generated scripts, walked on Python's own AST. The code is only parsed, never executed.
# Entry points (called by the host with the code as a plain string):
#   check_syntax(code) -> JSON {"valid", "message", "line", "column"}
#   analyze(code)      -> JSON {"syntax": {...}, "findings": [...], "apiCalls": [...]}
# A finding is {"rule", "severity" ("error" blocks, "warning" informs), "line", "column", "message", "snippet"}.

import ast
import json
import re
import string as _string_module

try:
    from _string import formatter_field_name_split as _field_name_split
except ImportError:  # pragma: no cover - CPython and GraalPy both have it
    _field_name_split = None

ERROR = "error"
WARNING = "warning"

ALLOWED_MODULES = {
    "stripe", "json", "datetime", "decimal", "math", "re", "typing", "dataclasses", "collections", "itertools",
    "functools", "uuid", "hashlib", "statistics", "logging", "enum", "time", "random", "string", "textwrap",
    "os", "sys", "__future__", "abc", "base64", "bisect", "calendar", "contextlib", "copy", "fractions", "heapq",
    "numbers", "operator", "pprint", "secrets", "traceback", "warnings", "zoneinfo", "argparse", "hmac",
}
ALLOWED_SUBMODULES = {"collections.abc"}

BLOCKED_MODULE_REASONS = {
    "subprocess": "starts processes", "socket": "opens network connections", "ctypes": "calls native code",
    "pickle": "deserializes arbitrary objects", "marshal": "loads code objects", "shelve": "uses pickle",
    "multiprocessing": "starts processes", "threading": "starts threads", "_thread": "starts threads",
    "concurrent": "starts threads or processes", "asyncio": "opens network connections and runs subprocesses",
    "signal": "handles process signals", "pty": "spawns terminals", "importlib": "imports code dynamically",
    "builtins": "exposes the interpreter's builtins", "gc": "reaches every live object",
    "inspect": "inspects frames and code", "code": "runs code interactively", "codeop": "compiles code",
    "types": "builds functions and code objects", "io": "opens files", "pathlib": "touches the file system",
    "tempfile": "writes files", "shutil": "copies and deletes files", "glob": "lists files",
    "fileinput": "reads files", "urllib": "opens network connections", "http": "opens network connections",
    "requests": "opens network connections", "httpx": "opens network connections",
    "urllib3": "opens network connections", "aiohttp": "opens network connections",
    "ftplib": "opens network connections", "smtplib": "opens network connections",
    "telnetlib": "opens network connections", "ssl": "opens network connections", "select": "polls sockets",
    "selectors": "polls sockets", "mmap": "maps memory", "resource": "changes process limits",
    "sysconfig": "reads interpreter configuration", "site": "changes the import system",
    "runpy": "runs modules", "pkgutil": "loads modules", "zipimport": "imports code",
    "java": "reaches the host", "polyglot": "reaches the host", "posix": "calls the operating system",
    "nt": "calls the operating system", "fcntl": "calls the operating system", "webbrowser": "starts processes",
    "platform": "runs processes to inspect the platform", "sqlite3": "writes files", "dbm": "writes files",
    "zipfile": "writes files", "tarfile": "writes files", "gzip": "writes files", "bz2": "writes files",
    "lzma": "writes files", "csv": "is not needed (no files)", "dis": "inspects code objects",
    "ast": "compiles code", "faulthandler": "touches the interpreter", "tracemalloc": "inspects memory",
    "weakref": "reaches objects indirectly", "copyreg": "changes pickling", "atexit": "runs code at exit",
}

# os and sys are importable for read-only uses only
RESTRICTED_ATTRIBUTES = {
    "os": {"environ": None, "getenv": None, "linesep": None, "sep": None, "name": None, "getpid": None,
           "path": WARNING},
    "sys": {"exit": None, "argv": None, "stdout": None, "stderr": None, "version": None, "version_info": None,
            "platform": None, "maxsize": None, "float_info": None, "int_info": None, "byteorder": None,
            "hexversion": None, "implementation": None, "getrecursionlimit": None},
    # attribute names as strings: allowed with literal, harmless names only (checked at each call)
    "operator": {"attrgetter": "literal", "methodcaller": "literal"},
    # these evaluate strings as code or resolve attribute names at run time
    "typing": {"get_type_hints": ERROR, "ForwardRef": ERROR, "_eval_type": ERROR, "evaluate_forward_ref": ERROR},
    "string": {"Formatter": ERROR},
    "logging": {"FileHandler": "file", "RotatingFileHandler": "file", "TimedRotatingFileHandler": "file",
                "WatchedFileHandler": "file", "handlers": "file"},
}
DANGEROUS_OS = {"system", "popen", "fork", "forkpty", "kill", "killpg", "remove", "unlink", "rmdir", "removedirs",
                "rename", "renames", "replace", "chmod", "chown", "putenv", "unsetenv", "open", "write", "mkdir",
                "makedirs", "symlink", "link", "truncate", "listdir", "scandir", "walk", "chdir", "startfile",
                "_exit", "abort", "setuid", "setgid", "environb", "getcwd", "stat"}

BLOCKED_BUILTINS = {
    "eval": "evaluates code", "exec": "executes code", "compile": "compiles code",
    "__import__": "imports modules dynamically", "open": "opens files", "input": "reads stdin interactively",
    "breakpoint": "starts a debugger", "globals": "exposes the module namespace",
    "locals": "exposes local namespaces", "vars": "exposes object namespaces", "help": "starts pydoc",
    "memoryview": "exposes raw memory",
}
DYNAMIC_ATTRIBUTE_FUNCTIONS = {"getattr", "setattr", "delattr", "hasattr"}

# dunders a script may read anywhere, and dunder methods it may call or define in its own classes
READABLE_DUNDERS = {"__name__", "__qualname__", "__doc__", "__debug__", "__members__"}
CALLABLE_DUNDERS = {
    "__init__", "__new__", "__str__", "__repr__", "__format__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__",
    "__ge__", "__hash__", "__bool__", "__len__", "__iter__", "__next__", "__contains__", "__getitem__",
    "__setitem__", "__delitem__", "__enter__", "__exit__", "__post_init__", "__add__", "__sub__", "__mul__",
    "__truediv__", "__floordiv__", "__mod__", "__neg__", "__abs__", "__call__", "__missing__", "__int__",
    "__float__", "__round__", "__aenter__", "__aexit__",
}
STORABLE_DUNDERS = {"__slots__", "__all__", "__version__", "__author__", "__match_args__", "__hash__"}
INTROSPECTION_ATTRIBUTES = {
    "tb_frame", "tb_next", "tb_lasti", "gi_frame", "gi_code", "gi_yieldfrom", "cr_frame", "cr_code", "cr_await",
    "ag_frame", "ag_code", "f_globals", "f_locals", "f_builtins", "f_back", "f_code", "f_trace", "co_code",
    "co_consts", "co_names", "func_globals", "func_code", "func_closure", "im_func", "im_self", "mro",
    "cell_contents",
}
FILE_WRITE_METHODS = {"write_text", "write_bytes"}

LITERAL_NAME_FUNCTIONS = {"operator.attrgetter", "operator.methodcaller"}
# fields holding names, flags or numbers, never child nodes: the walker does not look into them
SCALAR_FIELDS = {"ctx", "id", "attr", "name", "arg", "kind", "level", "module", "type_comment", "asname",
                 "conversion", "is_async", "simple", "n", "s", "lineno", "col_offset", "end_lineno",
                 "end_col_offset", "tag"}

DUNDER = re.compile(r"^__\w+__$")
DUNDER_IN_TEXT = re.compile(r"__\w+__")
HARDCODED_KEY = re.compile(r"^(sk|rk)_(test|live)_[A-Za-z0-9]{10,}$")

# names on the stripe module that are not API resources
SHIM_NON_RESOURCES = {"error", "util", "StripeClient", "Webhook", "WebhookSignature", "StripeObject", "ListObject",
                      "SearchResultObject", "APIResource", "ErrorObject"}

_stripe_table = {"classes": {}, "services": {}}


def load_table(table_json):
    """Indexes the shim's operations table: which resource methods and service methods exist, read or write."""
    table = json.loads(table_json)
    classes = {}
    for resource in table["resources"]:
        name = resource["class"] if not resource["namespace"] else resource["namespace"] + "." + resource["class"]
        methods = {}
        for op in resource["operations"]:
            exported = "modify" if op["on"] == "instance" and op["type"] == "update" else op["name"]
            methods.setdefault(exported, op["http"])
        if resource.get("search") and "search" in methods:
            methods["search_auto_paging_iter"] = "get"
        classes[name] = methods
    services = {}
    for service in table["services"]:
        services.setdefault(service["service"], {}).setdefault(service["method"], service["http"])
        if service.get("alias"):
            parent = service["service"].rsplit(".", 1)[0] if "." in service["service"] else ""
            services.setdefault(parent, {}).setdefault(service["alias"], service["http"])
    _stripe_table["classes"] = classes
    _stripe_table["services"] = services
    _stripe_table["namespaces"] = {n.split(".")[0] for n in classes if "." in n}


_HUGE = object()


def _fold_int(node):
    """The value of a constant integer expression, _HUGE when it is too large to compute, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        value = _fold_int(node.operand)
        return -value if isinstance(value, int) else value
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Pow, ast.Mult, ast.Add, ast.LShift)):
        left, right = _fold_int(node.left), _fold_int(node.right)
        if left is None or right is None:
            return None
        if left is _HUGE or right is _HUGE:
            return _HUGE
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Mult):
            return left * right if abs(left).bit_length() + abs(right).bit_length() < 4096 else _HUGE
        if right < 0:
            return None
        if isinstance(node.op, ast.LShift):
            return left << right if right < 4096 else _HUGE
        if abs(left) < 2:
            return left ** min(right, 2)
        return left ** right if right * abs(left).bit_length() < 4096 else _HUGE
    return None


def check_syntax(code):
    return json.dumps(_syntax(code)[0])


def _syntax(code):
    try:
        tree = ast.parse(code, filename="main.py", mode="exec")
        return {"valid": True, "message": None, "line": None, "column": None}, tree
    except SyntaxError as error:
        message = error.msg or "invalid syntax"
        return {"valid": False, "message": message, "line": error.lineno, "column": error.offset}, None
    except (ValueError, RecursionError, MemoryError) as error:
        return {"valid": False, "message": "{0}: {1}".format(type(error).__name__, error), "line": None,
                "column": None}, None


def analyze(code):
    syntax, tree = _syntax(code)
    if tree is None:
        return json.dumps({"syntax": syntax, "findings": [], "apiCalls": []})
    walker = _Walker(code, tree)
    walker.run()
    return json.dumps({"syntax": syntax, "findings": walker.findings, "apiCalls": walker.api_calls})


class _Walker(object):
    def __init__(self, code, tree):
        self.lines = code.splitlines()
        self.tree = tree
        self.parents = {}
        self.findings = []
        self.api_calls = []
        self.seen = set()
        self.module_aliases = {}   # local name -> module ("os", "stripe", "operator", ...)
        self.imported_names = {}   # local name -> "module.name" for from-imports
        self.clients = set()       # names (or "self.x") holding a stripe.StripeClient
        self.constant_strings = set()  # names only ever assigned string literals (format templates)
        self.watched_names = set()  # names visit_Name must look at (the rest only if they start with "__")

    # ------------------------------------------------------------------ plumbing
    def run(self):
        """One traversal collecting what each pass needs; then imports, bindings, and the checks per node type."""
        node_info = _NODE_INFO
        parents = self.parents
        node_type = ast.AST
        checks = []
        imports = []
        bindings = []
        annotations = []
        stack = [self.tree]
        pop = stack.pop
        push = stack.append
        while stack:  # iterative: deeply nested code must not exhaust the walker's stack
            node = pop()
            kind = type(node)
            info = node_info.get(kind)
            if info is None:
                info = _node_info(kind)
            handler, binding, fields = info
            if handler is not None:
                checks.append((handler, node))
            if binding:
                if kind is ast.Name:
                    if type(node.ctx) is not ast.Load:
                        bindings.append(node)
                elif kind is ast.Import or kind is ast.ImportFrom:
                    imports.append(node)
                    bindings.append(node)
                else:
                    bindings.append(node)
                    if kind is ast.arg or kind is ast.AnnAssign:
                        if node.annotation is not None:
                            annotations.append(node.annotation)
                    elif kind is ast.FunctionDef or kind is ast.AsyncFunctionDef:
                        if node.returns is not None:
                            annotations.append(node.returns)
            for field in fields:
                value = getattr(node, field, None)
                if type(value) is list:
                    for item in value:
                        if isinstance(item, node_type):
                            parents[item] = node
                            push(item)
                elif isinstance(value, node_type):
                    parents[value] = node
                    push(value)
        imports.sort(key=_position)
        for node in imports:  # bindings first, so uses before/after are resolved alike
            self.visit_import(node)
        self.note_bindings(bindings)
        self.watched_names = _WATCHED_BUILTIN_NAMES | {
            name for name, module in self.module_aliases.items() if module in _PASSED_AROUND_MODULES} | {
            name for name, target in self.imported_names.items() if target in LITERAL_NAME_FUNCTIONS}
        for annotation in annotations:
            for inner in ast.walk(annotation):
                if type(inner) is ast.Constant and type(inner.value) is str:
                    self.check_string_annotation(inner, inner.value)
        for handler, node in checks:
            handler(self, node)
        self.findings.sort(key=lambda f: (f["line"], f["column"]))
        self.api_calls.sort(key=lambda c: (c["line"], c.pop("_column")))

    def note_bindings(self, bindings):
        """Stripe clients, and the names only ever assigned string literals (format templates)."""
        assigned = {}
        for node in bindings:
            kind = type(node)
            if kind is ast.Assign or kind is ast.AnnAssign or kind is ast.NamedExpr:
                self.note_client(node)
            elif kind is ast.Name:
                parent = self.parent(node)
                value = getattr(parent, "value", None) if isinstance(parent, (ast.Assign, ast.AnnAssign)) else None
                literal = type(value) is ast.Constant and type(value.value) is str
                assigned[node.id] = assigned.get(node.id, True) and literal
            elif kind is ast.FunctionDef or kind is ast.AsyncFunctionDef or kind is ast.ClassDef:
                assigned[node.name] = False
            elif kind is ast.arg:
                assigned[node.arg] = False
            elif kind is ast.Import or kind is ast.ImportFrom:
                for alias in node.names:
                    assigned[(alias.asname or alias.name).split(".")[0]] = False
        self.constant_strings = {name for name, literal in assigned.items() if literal}

    def report(self, node, rule, message, severity=ERROR):
        line = getattr(node, "lineno", 0) or 0
        column = (getattr(node, "col_offset", 0) or 0) + 1
        key = (rule, line, column, message)
        if key in self.seen:
            return
        self.seen.add(key)
        snippet = self.lines[line - 1].strip() if 0 < line <= len(self.lines) else ""
        self.findings.append({"rule": rule, "severity": severity, "line": line, "column": column,
                              "message": message, "snippet": snippet[:200]})

    def parent(self, node):
        return self.parents.get(node)

    def is_called(self, node):
        parent = self.parent(node)
        return isinstance(parent, ast.Call) and parent.func is node

    def dotted(self, node):
        """['stripe', 'checkout', 'Session', 'create'] for stripe.checkout.Session.create, else None."""
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if isinstance(node, ast.Name):
            parts.append(node.id)
            return list(reversed(parts)), None
        if isinstance(node, ast.Call):
            return list(reversed(parts)), node
        return None, None

    # ------------------------------------------------------------------ imports
    def check_module(self, node, module):
        top = module.split(".")[0]
        if top in BLOCKED_MODULE_REASONS:
            self.report(node, "blocked-import", "import of '{0}' is not allowed: it {1}".format(
                module, BLOCKED_MODULE_REASONS[top]))
            return False
        if top not in ALLOWED_MODULES:
            self.report(node, "blocked-import", "import of '{0}' is not allowed: not on the sandbox's module "
                                                "allowlist".format(module))
            return False
        if module != top and top != "stripe" and module not in ALLOWED_SUBMODULES:
            if module == "os.path":
                self.report(node, "restricted-module", "os.path is not needed in the sandbox (no files)", WARNING)
                return True
            if top == "logging":
                self.report(node, "file-write", "'{0}' writes log files".format(module))
                return False
            self.report(node, "blocked-import", "import of '{0}' is not allowed".format(module))
            return False
        return True

    def visit_import(self, node):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if self.check_module(node, alias.name):
                    if alias.asname:
                        self.module_aliases[alias.asname] = alias.name
                    else:
                        top = alias.name.split(".")[0]
                        self.module_aliases[top] = top
            return
        if node.level:
            self.report(node, "blocked-import", "relative imports are not allowed")
            return
        module = node.module or ""
        if not self.check_module(node, module):
            return
        top = module.split(".")[0]
        for alias in node.names:
            if alias.name == "*":
                if module in RESTRICTED_ATTRIBUTES:
                    self.report(node, "blocked-import", "'from {0} import *' is not allowed".format(module))
                continue
            if DUNDER.match(alias.name):
                self.report(node, "dunder-access", "importing '{0}' is not allowed".format(alias.name))
                continue
            local = alias.asname or alias.name
            self.imported_names[local] = module + "." + alias.name
            if module in RESTRICTED_ATTRIBUTES:
                self.check_restricted_attribute(node, module, alias.name, imported=True)
            if top == "stripe" and alias.name.startswith("_"):
                self.report(node, "private-access", "stripe's private names are not part of its API")

    def check_restricted_attribute(self, node, module, attr, imported=False, called=False):
        rules = RESTRICTED_ATTRIBUTES[module]
        verdict = rules.get(attr, "missing")
        if verdict is None:
            return
        if verdict == WARNING:
            self.report(node, "restricted-module", "{0}.{1} is not needed in the sandbox".format(module, attr),
                        WARNING)
            return
        if verdict == "file":
            self.report(node, "file-write", "{0}.{1} writes files".format(module, attr))
            return
        if verdict == "literal":
            if not imported and not called:
                self.report(node, "dynamic-attribute",
                            "{0}.{1} may only be called, with literal attribute names".format(module, attr))
            return  # calls are checked in visit_Call
        if verdict == "missing" and module not in ("os", "sys"):
            return  # operator.add, logging.getLogger, ...
        if module == "operator":
            detail = "operator.{0} reads attributes by computed names".format(attr)
        elif module == "typing":
            detail = "typing.{0} evaluates strings as code".format(attr)
        elif module == "string":
            detail = "string.{0} resolves attribute names at run time".format(attr)
        elif module == "os" and attr in DANGEROUS_OS:
            detail = "os.{0} touches processes, files or the environment of the host".format(attr)
        elif module == "sys" and attr == "modules":
            detail = "sys.modules exposes every loaded module"
        else:
            detail = "{0}.{1} is not allowed ({0} is importable for read-only uses only)".format(module, attr)
        if imported:
            self.report(node, "blocked-import", detail)
        else:
            self.report(node, "blocked-call" if called else "blocked-attribute", detail)

    # ------------------------------------------------------------------ names and attributes
    def visit_Name(self, node):
        name = node.id
        if name not in self.watched_names and name[:2] != "__":
            return  # the common case: a plain local, parameter or builtin
        parent = self.parent(node)
        if name in BLOCKED_BUILTINS and name not in self.imported_names and isinstance(node.ctx, ast.Load):
            if name == "open" and self.is_called(node):
                return  # reported by visit_Call with the file mode
            self.report(node, "blocked-call", "'{0}' is not allowed: it {1}".format(name, BLOCKED_BUILTINS[name]))
            return
        if DUNDER.match(name):
            if name in READABLE_DUNDERS and isinstance(node.ctx, ast.Load):
                return
            if name in STORABLE_DUNDERS and isinstance(node.ctx, ast.Store):
                return
            self.report(node, "dunder-access", "'{0}' is not allowed".format(name))
            return
        if (name in DYNAMIC_ATTRIBUTE_FUNCTIONS and name not in self.imported_names
                and isinstance(node.ctx, ast.Load) and not self.is_called(node)):
            self.report(node, "dynamic-attribute", "'{0}' may only be called directly".format(name))
            return
        if self.imported_names.get(name) in LITERAL_NAME_FUNCTIONS and isinstance(node.ctx, ast.Load) \
                and not self.is_called(node):
            self.report(node, "dynamic-attribute", "'{0}' may only be called, with literal attribute names".format(
                name))
            return
        module = self.module_aliases.get(name)
        if module in _PASSED_AROUND_MODULES and not (isinstance(parent, ast.Attribute) and parent.value is node):
            self.report(node, "dynamic-attribute",
                        "the module '{0}' may only be used as {0}.<attribute>, not passed around".format(module))

    def visit_Attribute(self, node):
        attr = node.attr
        if attr[:2] == "__" and DUNDER.match(attr):
            if attr in READABLE_DUNDERS and isinstance(node.ctx, ast.Load):
                return
            parent = self.parent(node)
            if attr == "__class__" and isinstance(parent, ast.Attribute) and parent.attr in ("__name__",
                                                                                              "__qualname__"):
                return  # error.__class__.__name__
            if attr in CALLABLE_DUNDERS and self.is_called(node):
                return  # super().__init__(...)
            if attr == "__setattr__" and self.is_called(node) and self.literal_setattr(node):
                return  # object.__setattr__(self, "name", value) in frozen dataclasses
            self.report(node, "dunder-access", "access to '{0}' is not allowed".format(attr))
            return
        if attr in INTROSPECTION_ATTRIBUTES:
            self.report(node, "introspection", "'{0}' reaches frames or code objects".format(attr))
            return
        if attr in FILE_WRITE_METHODS and self.is_called(node):
            self.report(node, "file-write", "'{0}' writes files".format(attr))
            return
        value = node.value
        if type(value) is ast.Name:
            module = self.module_aliases.get(value.id)
            if module is not None:
                if module in RESTRICTED_ATTRIBUTES:
                    self.check_restricted_attribute(node, module, attr, called=self.is_called(node))
                if module == "stripe" and attr[:1] == "_":
                    self.report(node, "private-access", "stripe's private names are not part of its API")
        if (attr == "format" or attr == "format_map") and self.is_called(node):
            self.check_format_receiver(node)

    def literal_setattr(self, node):
        """True for object.__setattr__(obj, "name", v) and x.__setattr__("name", v) with a harmless name."""
        call = self.parent(node)
        receiver_is_object = isinstance(node.value, ast.Name) and node.value.id == "object"
        index = 1 if receiver_is_object else 0
        if call.keywords or len(call.args) != index + 2:
            return False
        name = call.args[index]
        return (type(name) is ast.Constant and type(name.value) is str and not DUNDER.match(name.value)
                and name.value not in INTROSPECTION_ATTRIBUTES)

    def check_format_receiver(self, node):
        receiver = node.value
        if isinstance(receiver, ast.Constant) and isinstance(receiver.value, str):
            return
        if isinstance(receiver, ast.Name) and receiver.id == "str":
            call = self.parent(node)
            if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
                return
        elif isinstance(receiver, ast.Name) and receiver.id in self.constant_strings:
            return  # a template assigned only from string literals, checked where it is written
        elif not isinstance(receiver, (ast.Name, ast.Attribute, ast.Subscript, ast.Call, ast.BinOp,
                                       ast.JoinedStr)):
            return  # e.g. datetime objects' own format methods are reached through names, handled above
        self.report(node, "dynamic-format",
                    "str.format on a string built at run time can read any attribute; use an f-string")

    def check_string_annotation(self, node, value):
        """String annotations are evaluated by typing/functools: they must be plain type expressions."""
        try:
            tree = ast.parse(value.strip(), mode="eval")
        except SyntaxError:
            return  # never valid as a type; evaluating it would fail
        for inner in ast.walk(tree):
            if isinstance(inner, (ast.Call, ast.Lambda, ast.NamedExpr, ast.comprehension)) or (
                    isinstance(inner, ast.Name) and (inner.id in BLOCKED_BUILTINS or DUNDER.match(inner.id))) or (
                    isinstance(inner, ast.Attribute) and DUNDER.match(inner.attr)):
                self.report(node, "dynamic-evaluation",
                            "string annotations are evaluated as code; this one is not a plain type")
                return

    def visit_Constant(self, node):
        value = node.value
        if type(value) is not str:
            return
        if value[:3] in ("sk_", "rk_") and HARDCODED_KEY.match(value):
            self.report(node, "hardcoded-secret",
                        "hard-coded API key: the sandbox ignores it and sends the configured key", WARNING)
            return
        has_dunder = "__" in value
        if not has_dunder and "{" not in value:
            return
        if isinstance(self.parent(node), ast.Expr):
            return  # a docstring or bare string: never evaluated as a name
        if has_dunder:
            dunders = [d for d in DUNDER_IN_TEXT.findall(value) if d != "__main__"]
            if dunders:
                # a format field ("{0.__class__}"), a getattr name or an evaluated annotation could use it
                self.report(node, "dunder-access", "the string names the dunder '{0}'".format(dunders[0]))
                return
        self.check_format_fields(node, value)

    def check_format_fields(self, node, text, depth=0):
        """A string that str.format could use as a template must not read private or frame attributes."""
        try:
            fields = list(_FORMATTER.parse(text))
        except (ValueError, TypeError):
            return  # not a valid template: formatting with it fails
        for _literal, field, spec, _conversion in fields:
            if field:
                for attribute in _field_attributes(field):
                    if attribute in INTROSPECTION_ATTRIBUTES:
                        self.report(node, "introspection", "the format field '{{{0}}}' reaches frames or code "
                                                           "objects".format(field))
                        return
                    if attribute.startswith("_"):
                        self.report(node, "private-access", "the format field '{{{0}}}' reads a private "
                                                            "attribute".format(field))
                        return
            if spec and "{" in spec and depth < 2:
                self.check_format_fields(node, spec, depth + 1)

    def visit_BinOp(self, node):
        """Constant arithmetic that no time limit can interrupt: huge powers and huge repetitions."""
        if isinstance(node.op, ast.Pow):
            exponent = _fold_int(node.right)
            base = _fold_int(node.left)
            if exponent is _HUGE or (exponent is not None and exponent > 10_000 and base not in (0, 1, -1)):
                self.report(node, "resource-limit", "a power this large can exhaust time and memory")
        elif isinstance(node.op, ast.Mult):
            for factor, other in ((node.left, node.right), (node.right, node.left)):
                count = _fold_int(factor)
                sequence = (isinstance(other, ast.Constant) and isinstance(other.value, (str, bytes))) or \
                    isinstance(other, (ast.List, ast.Tuple, ast.JoinedStr))
                if sequence and (count is _HUGE or (count is not None and count >= 100_000_000)):
                    self.report(node, "resource-limit", "repeating a sequence this often exhausts memory")
                    return

    # ------------------------------------------------------------------ definitions and patterns
    def visit_FunctionDef(self, node):
        if DUNDER.match(node.name) and not isinstance(self.parent(node), ast.ClassDef):
            self.report(node, "dunder-access", "dunder functions may only be defined as methods of a class")

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        if DUNDER.match(node.name):
            self.report(node, "dunder-access", "dunder class names are not allowed")

    def visit_Global(self, node):
        for name in node.names:
            if DUNDER.match(name):
                self.report(node, "dunder-access", "'{0}' is not allowed".format(name))

    visit_Nonlocal = visit_Global

    def visit_MatchClass(self, node):
        for attr in node.kwd_attrs:
            if DUNDER.match(attr) or attr in INTROSPECTION_ATTRIBUTES:
                self.report(node, "dunder-access", "match pattern reads '{0}'".format(attr))

    def visit_keyword(self, node):
        if node.arg is not None and node.arg[:2] == "__" and DUNDER.match(node.arg):
            self.report(node, "dunder-access", "keyword '{0}' is not allowed".format(node.arg))

    # ------------------------------------------------------------------ calls
    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Name) and func.id not in self.imported_names:
            if func.id in DYNAMIC_ATTRIBUTE_FUNCTIONS:
                self.check_dynamic_attribute(node, func.id)
            elif func.id == "open":
                self.check_open(node)
        literal_function = self.literal_name_function(func)
        if literal_function is not None:
            self.check_literal_names(node, literal_function)
        parts, root_call = self.dotted(func)
        if parts is None:
            return
        self.check_logging_file(node, parts)
        self.classify_api_call(node, parts, root_call)

    def literal_name_function(self, func):
        """'operator.attrgetter' or 'operator.methodcaller' when func names one of them, else None."""
        if type(func) is ast.Attribute and type(func.value) is ast.Name:
            if func.attr != "attrgetter" and func.attr != "methodcaller":
                return None
            qualified = "{0}.{1}".format(self.module_aliases.get(func.value.id), func.attr)
        elif isinstance(func, ast.Name):
            qualified = self.imported_names.get(func.id)
        else:
            return None
        return qualified if qualified in LITERAL_NAME_FUNCTIONS else None

    def check_literal_names(self, node, function):
        """attrgetter("a.b", "c") and methodcaller("name", ...) only with literal, harmless attribute names."""
        short = function.split(".")[1]
        names = node.args if short == "attrgetter" else node.args[:1]
        if not names or any(isinstance(a, ast.Starred) for a in node.args) or (
                short == "attrgetter" and node.keywords):
            self.report(node, "dynamic-attribute", "{0}() needs literal attribute names".format(short))
            return
        for name in names:
            if not (type(name) is ast.Constant and type(name.value) is str):
                self.report(node, "dynamic-attribute",
                            "{0}() with a computed attribute name cannot be checked".format(short))
                return
            parts = name.value.split(".") if short == "attrgetter" else [name.value]
            for part in parts:
                if not _harmless_name(part):
                    self.report(node, "dynamic-attribute", "{0}() of '{1}' is not allowed".format(short, part))
                    return

    def check_dynamic_attribute(self, node, function):
        if len(node.args) < 2:
            if not node.args:
                return
            self.report(node, "dynamic-attribute", "{0}() without a literal attribute name".format(function))
            return
        name = node.args[1]
        if not (isinstance(name, ast.Constant) and isinstance(name.value, str)):
            self.report(node, "dynamic-attribute",
                        "{0}() with a computed attribute name cannot be checked".format(function))
            return
        if DUNDER.match(name.value) or name.value in INTROSPECTION_ATTRIBUTES:
            self.report(node, "dynamic-attribute", "{0}() of '{1}' is not allowed".format(function, name.value))
            return
        target = node.args[0]
        if isinstance(target, ast.Name):
            module = self.module_aliases.get(target.id)
            if module in RESTRICTED_ATTRIBUTES:
                self.check_restricted_attribute(node, module, name.value, called=True)
            if module == "stripe" and name.value.startswith("_"):
                self.report(node, "private-access", "stripe's private names are not part of its API")

    def check_open(self, node):
        mode = None
        if len(node.args) >= 2:
            mode = node.args[1]
        for keyword in node.keywords:
            if keyword.arg == "mode":
                mode = keyword.value
        if mode is None:
            self.report(node, "blocked-call", "'open' is not allowed: the sandbox has no file system")
        elif isinstance(mode, ast.Constant) and isinstance(mode.value, str) and not set(mode.value) & set("wax+"):
            self.report(node, "blocked-call", "'open' is not allowed: the sandbox has no file system")
        else:
            self.report(node, "file-write", "writing files is not allowed")

    def check_logging_file(self, node, parts):
        if len(parts) == 2 and self.module_aliases.get(parts[0]) == "logging" and parts[1] == "basicConfig":
            for keyword in node.keywords:
                if keyword.arg in ("filename", "filemode"):
                    self.report(node, "file-write", "logging.basicConfig(filename=...) writes files")

    # ------------------------------------------------------------------ Stripe calls
    def note_client(self, node):
        value = node.value
        if not isinstance(value, ast.Call) or not self.is_client_constructor(value.func):
            return
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            key = self.target_key(target)
            if key:
                self.clients.add(key)

    def target_key(self, node):
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            return node.value.id + "." + node.attr
        return None

    def is_client_constructor(self, func):
        parts, root = self.dotted(func)
        if parts is None or root is not None:
            return False
        if len(parts) == 2 and self.module_aliases.get(parts[0]) == "stripe" and parts[1] == "StripeClient":
            return True
        return len(parts) == 1 and self.imported_names.get(parts[0]) == "stripe.StripeClient"

    def classify_api_call(self, node, parts, root_call):
        if root_call is not None:
            if self.is_client_constructor(root_call.func):
                self.classify_service(node, parts)
            return
        if not parts:
            return
        head = parts[0]
        if self.module_aliases.get(head) == "stripe":
            self.classify_resource(node, parts[1:])
            return
        imported = self.imported_names.get(head)
        if imported and imported.startswith("stripe."):
            self.classify_resource(node, imported.split(".")[1:] + parts[1:])
            return
        for size in (2, 1):
            key = ".".join(parts[:size])
            if len(parts) > size and key in self.clients:
                self.classify_service(node, parts[size:])
                return

    def classify_resource(self, node, parts):
        classes = _stripe_table["classes"]
        if len(parts) < 2:
            return
        resource = ".".join(parts[:-1])
        method = parts[-1]
        if parts[0] in SHIM_NON_RESOURCES:
            return
        if resource not in classes:
            if resource[:1].isupper() or parts[0] in _stripe_table.get("namespaces", ()):
                self.report(node, "unknown-api", "stripe.{0} is not a Stripe resource".format(resource), WARNING)
            return
        http = classes[resource].get(method)
        if http is None:
            if method not in ("construct_from", "class_url"):
                self.report(node, "unknown-api", "stripe.{0} has no method '{1}'".format(resource, method), WARNING)
            return
        self.add_call(resource, method, http, node)

    def classify_service(self, node, parts):
        services = _stripe_table["services"]
        if parts and parts[0] == "v1":
            parts = parts[1:]
        if len(parts) < 2:
            return
        service = ".".join(parts[:-1])
        method = parts[-1]
        http = services.get(service, {}).get(method)
        if http is None:
            if service in services or parts[0] in services or any(k.startswith(parts[0] + ".") for k in services):
                self.report(node, "unknown-api", "StripeClient has no method {0}.{1}".format(service, method),
                            WARNING)
            return
        self.add_call(service, method, http, node)

    def add_call(self, resource, method, http, node):
        access = "read" if http == "get" else "write"
        self.api_calls.append({"api": "stripe", "resource": resource, "method": method, "access": access,
                               "line": node.lineno, "_column": node.col_offset})


# ---------------------------------------------------------------------------------------------------- helpers
_FORMATTER = _string_module.Formatter()
_BINDING_TYPES = {ast.Name, ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign, ast.NamedExpr, ast.FunctionDef,
                  ast.AsyncFunctionDef, ast.ClassDef, ast.arg}
# node types whose fields never hold child nodes the policy looks at
_LEAF_TYPES = {ast.Constant, ast.Name, ast.Pass, ast.Break, ast.Continue, ast.Global, ast.Nonlocal, ast.alias}
_WATCHED_BUILTIN_NAMES = frozenset(BLOCKED_BUILTINS) | frozenset(DYNAMIC_ATTRIBUTE_FUNCTIONS)
_PASSED_AROUND_MODULES = ("os", "sys", "operator", "typing", "string")
_NODE_INFO = {}  # node type -> (check or None, whether it binds names, fields that can hold child nodes)


def _node_info(kind):
    fields = () if kind in _LEAF_TYPES else tuple(f for f in kind._fields if f not in SCALAR_FIELDS)
    info = (_HANDLERS.get(kind), kind in _BINDING_TYPES, fields)
    _NODE_INFO[kind] = info
    return info


def _position(node):
    return node.lineno, node.col_offset


def _harmless_name(name):
    """An attribute name that reaches nothing the policy protects: no dunder, no frame/code, no private name."""
    return bool(name) and not name.startswith("_") and name not in INTROSPECTION_ATTRIBUTES


def _field_attributes(field):
    """The attribute names a format field reads: '0.gi_frame.f_back[x]' -> ['gi_frame', 'f_back']."""
    if _field_name_split is not None:
        try:
            _first, rest = _field_name_split(field)
            return [key for is_attribute, key in rest if is_attribute]
        except (ValueError, TypeError):
            return []
    return [part.split("[")[0] for part in field.split(".")[1:]]


_HANDLERS = {getattr(ast, name[len("visit_"):]): getattr(_Walker, name) for name in dir(_Walker)
             if name.startswith("visit_") and isinstance(getattr(ast, name[len("visit_"):], None), type)}
