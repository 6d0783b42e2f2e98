# The `stripe` module inside the sandbox: the public surface of stripe-python (resource classes, StripeClient
# services, StripeObject/ListObject, errors, request options) over ONE host method. Every request goes through
# `_bridge.request(method, path, params_json, options_json)`, which answers a JSON string
# {"status": int, "body": str, "headers": {...}}. The host adds the real API key and chooses the base URL; this
# module never sees either. Resource classes are built lazily from the table derived from Stripe's OpenAPI
# metadata (stripe-operations.json).
#
# The installer executes this source in a fresh module namespace holding `_bridge` and then calls _init(table).

import datetime as _datetime
import json as _json
import sys as _sys
import time as _time

VERSION = "15.3.1+agentic-sandbox"
api_key = None
client_id = None
api_base = "https://api.stripe.com"
api_version = None
stripe_version = None
stripe_account = None
max_network_retries = 0
default_http_client = None
enable_telemetry = False
verify_ssl_certs = True
proxy = None
log = None
app_info = None

_send_request = _bridge.request  # noqa: F821 (injected by the installer)
del _bridge  # noqa: F821

_OPTION_KEYS = ("api_key", "idempotency_key", "stripe_account", "stripe_version", "stripe_context", "headers")
_MAX_AUTO_PAGES = 1000


def set_app_info(name, partner_id=None, url=None, version=None):
    global app_info
    app_info = {"name": name, "partner_id": partner_id, "url": url, "version": version}


# ---------------------------------------------------------------------------------------------------- errors

class StripeError(Exception):
    def __init__(self, message=None, http_body=None, http_status=None, json_body=None, headers=None, code=None,
                 param=None):
        super().__init__(message)
        self._message = message
        self.http_body = http_body
        self.http_status = http_status
        self.json_body = json_body
        self.headers = dict(headers or {})
        self.code = code
        self.param = param
        self.request_id = self.headers.get("request-id")
        error = json_body.get("error") if isinstance(json_body, dict) else None
        self.error = ErrorObject.construct_from(error) if isinstance(error, dict) else None
        self.decline_code = error.get("decline_code") if isinstance(error, dict) else None
        self.doc_url = error.get("doc_url") if isinstance(error, dict) else None

    @property
    def user_message(self):
        return self._message

    def __str__(self):
        message = self._message or "<empty message>"
        if self.request_id is not None:
            return "Request {0}: {1}".format(self.request_id, message)
        return message

    def __repr__(self):
        return "{0}(message={1!r}, http_status={2!r}, request_id={3!r})".format(
            type(self).__name__, self._message, self.http_status, self.request_id)


class APIError(StripeError):
    pass


class APIConnectionError(StripeError):
    def __init__(self, message, http_body=None, http_status=None, json_body=None, headers=None, code=None,
                 should_retry=False):
        super().__init__(message, http_body, http_status, json_body, headers, code)
        self.should_retry = should_retry


class StripeErrorWithParamCode(StripeError):
    pass


class CardError(StripeErrorWithParamCode):
    def __init__(self, message, param=None, code=None, http_body=None, http_status=None, json_body=None,
                 headers=None):
        super().__init__(message, http_body, http_status, json_body, headers, code, param)


class IdempotencyError(StripeError):
    pass


class InvalidRequestError(StripeErrorWithParamCode):
    def __init__(self, message, param=None, code=None, http_body=None, http_status=None, json_body=None,
                 headers=None):
        super().__init__(message, http_body, http_status, json_body, headers, code, param)


class AuthenticationError(StripeError):
    pass


class PermissionError(StripeError):  # noqa: A001 (stripe-python's name)
    pass


class RateLimitError(StripeError):
    pass


class SignatureVerificationError(StripeError):
    def __init__(self, message, sig_header=None, http_body=None):
        super().__init__(message, http_body)
        self.sig_header = sig_header


class TemporarySessionExpiredError(StripeError):
    pass


_ERROR_CLASSES = (StripeError, APIError, APIConnectionError, StripeErrorWithParamCode, CardError,
                  IdempotencyError, InvalidRequestError, AuthenticationError, PermissionError, RateLimitError,
                  SignatureVerificationError, TemporarySessionExpiredError)
for _cls in _ERROR_CLASSES:
    _cls.__module__ = "stripe.error"
del _cls


def _error_from_response(status, body_text, body, headers):
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return APIError("Invalid response object from API: {0!r} (HTTP response code was {1})".format(
            body_text, status), body_text, status, body if isinstance(body, dict) else None, headers)
    message = error.get("message")
    code = error.get("code")
    param = error.get("param")
    kind = error.get("type")
    args = dict(http_body=body_text, http_status=status, json_body=body, headers=headers)
    if status == 429 or (status == 400 and code == "rate_limit"):
        return RateLimitError(message, code=code, **args)
    if kind == "idempotency_error":
        return IdempotencyError(message, code=code, **args)
    if status in (400, 404):
        return InvalidRequestError(message, param, code, **args)
    if status == 401:
        return AuthenticationError(message, code=code, **args)
    if status == 402:
        return CardError(message, param, code, **args)
    if status == 403:
        return PermissionError(message, code=code, **args)
    return APIError(message, code=code, **args)


# ------------------------------------------------------------------------------------------------- requests

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")


def _quote(text, safe=""):
    """Percent-encodes a path segment (urllib.parse.quote, without importing urllib into every context)."""
    return "".join(c if c in _UNRESERVED else "".join("%{0:02X}".format(b) for b in c.encode("utf-8"))
                   for c in text)


def _encode_value(value):
    """Prepares params for JSON: objects become their id, datetimes timestamps, None values are dropped."""
    if isinstance(value, StripeObject):
        if value.get("id") is not None and isinstance(value, APIResource):
            return value["id"]
        return {k: _encode_value(v) for k, v in value.items() if v is not None}
    if isinstance(value, dict):
        return {str(k): _encode_value(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_encode_value(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float, str)):
        return value
    if isinstance(value, _datetime.datetime):
        import calendar
        if value.tzinfo is not None and value.tzinfo.utcoffset(value) is not None:
            return calendar.timegm(value.utctimetuple())
        return calendar.timegm(value.timetuple())
    if isinstance(value, _datetime.date):
        return value.isoformat()
    enum = _sys.modules.get("enum")  # only code that imported enum can pass an Enum
    if enum is not None and isinstance(value, enum.Enum):
        return _encode_value(value.value)
    return str(value)  # Decimal and anything else: its text


def _pop_options(kwargs, defaults=None):
    options = dict(defaults or {})
    for key in _OPTION_KEYS:
        if key in kwargs:
            options[key] = kwargs.pop(key)
    return options


def _request_raw(method, path, params, options):
    key = options.get("api_key") or api_key
    if not key:
        raise AuthenticationError(
            "No API key provided. (HINT: set your API key using \"stripe.api_key = <API-KEY>\"). You can "
            "generate API keys from the Stripe web interface. See https://stripe.com/api for details, or email "
            "support@stripe.com if you have any questions.")
    sent_options = {}
    for name in ("idempotency_key", "stripe_account", "stripe_version", "stripe_context"):
        value = options.get(name)
        if value is None and name == "stripe_account":
            value = stripe_account
        if value is None and name == "stripe_version":
            value = api_version or stripe_version
        if value is not None:
            sent_options[name] = str(value)
    params_json = _json.dumps(_encode_value(params or {}))
    answer = _json.loads(_send_request(method.upper(), path, params_json, _json.dumps(sent_options)))
    status = answer.get("status", 0)
    body_text = answer.get("body") or ""
    headers = answer.get("headers") or {}
    if status == 0:
        raise APIConnectionError(
            "Unexpected error communicating with Stripe. If this problem persists, let us know at "
            "support@stripe.com.\n\n(Network error: {0})".format(body_text or "no response"),
            headers=headers, should_retry=False)
    try:
        body = _json.loads(body_text) if body_text else {}
    except ValueError:
        raise APIError("Invalid response body from API: {0} (HTTP response code was {1})".format(
            body_text[:500], status), body_text, status, None, headers)
    if not 200 <= status < 300:
        raise _error_from_response(status, body_text, body, headers)
    return body, headers


def _request(method, path, params, options):
    body, headers = _request_raw(method, path, params, options)
    result = convert_to_stripe_object(body, options)
    if isinstance(result, StripeObject):
        object.__setattr__(result, "_last_response", _Response(body, headers))
        if isinstance(result, (ListObject, SearchResultObject)):
            object.__setattr__(result, "_fetch", (method, path.split("?")[0], dict(params or {}), dict(options)))
    return result


class _Response(object):
    def __init__(self, data, headers):
        self.data = data
        self.headers = headers
        self.request_id = headers.get("request-id")
        self.code = 200


def _path_for(op, args, kwargs, instance):
    """Fills the operation's {vars} from the instance, positional args or keywords; returns (path, args)."""
    path = op["path"]
    remaining = list(args)
    for var in op["vars"]:
        value = None
        if instance is not None and "property" in var:
            value = instance.get(var["property"])
        elif remaining:
            value = remaining.pop(0)
        elif var.get("param") in kwargs:
            value = kwargs.pop(var["param"])
        elif var["name"] in kwargs:
            value = kwargs.pop(var["name"])
        elif "id" in kwargs:
            value = kwargs.pop("id")
        elif "sid" in kwargs:
            value = kwargs.pop("sid")
        if isinstance(value, StripeObject):
            value = value.get("id")
        if value is None or value == "":
            raise InvalidRequestError(
                "Could not determine which URL to request: {0} has invalid {1}: {2!r}. ID should be of type `str` "
                "(or `unicode`)".format(op.get("owner", "object"), var["name"], value), var["name"])
        path = path.replace("{" + var["name"] + "}", _quote(str(value), safe=""), 1)
    return path, remaining


def _params_from(remaining, kwargs, name):
    params = {}
    if remaining:
        if len(remaining) == 1 and isinstance(remaining[0], dict):
            params.update(remaining[0])
        else:
            raise TypeError("{0}() got unexpected positional arguments: {1!r}".format(name, tuple(remaining)))
    explicit = kwargs.pop("params", None)
    if isinstance(explicit, dict):
        params.update(explicit)
    params.update(kwargs)
    return params


# ----------------------------------------------------------------------------------------------- objects

class StripeObject(dict):
    OBJECT_NAME = None

    def __init__(self, id=None, api_key=None, stripe_version=None, stripe_account=None, last_response=None,
                 **params):
        super().__init__()
        object.__setattr__(self, "_options", {k: v for k, v in (("api_key", api_key),
                                                                 ("stripe_version", stripe_version),
                                                                 ("stripe_account", stripe_account)) if v})
        object.__setattr__(self, "_unsaved", set())
        object.__setattr__(self, "_previous", {})
        object.__setattr__(self, "_last_response", last_response)
        object.__setattr__(self, "_retrieve_params", params)
        if id is not None:
            dict.__setitem__(self, "id", id)

    @classmethod
    def construct_from(cls, values, key=None, stripe_version=None, stripe_account=None, last_response=None):
        instance = cls(values.get("id"), api_key=key, stripe_version=stripe_version,
                       stripe_account=stripe_account, last_response=last_response)
        instance.refresh_from(values)
        return instance

    def refresh_from(self, values, api_key=None, partial=False, last_response=None):
        if not partial:
            dict.clear(self)
        options = dict(self._options)
        for k, v in values.items():
            dict.__setitem__(self, k, convert_to_stripe_object(v, options))
        self._unsaved.clear()
        object.__setattr__(self, "_previous", dict(values))
        if last_response is not None:
            object.__setattr__(self, "_last_response", last_response)

    @property
    def last_response(self):
        return self._last_response

    @property
    def stripe_id(self):
        return self.get("id")

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError:
            raise AttributeError(
                "{0!r} object has no attribute {1!r}".format(type(self).__name__, name)) from None

    def __setattr__(self, name, value):
        if name.startswith("_") or name in type(self).__dict__ or hasattr(type(self), name):
            object.__setattr__(self, name, value)
        else:
            self[name] = value

    def __delattr__(self, name):
        if name.startswith("_"):
            object.__delattr__(self, name)
        else:
            try:
                del self[name]
            except KeyError:
                raise AttributeError(name) from None

    def __setitem__(self, key, value):
        if value == "":
            raise ValueError(
                "You cannot set {0} to an empty string on this object. The empty string is treated specially in "
                "our requests. If you'd like to delete the property using the save() method on this object, you "
                "may set {1}.{0} = None. Alternatively, you can pass {0}='' to modify().".format(
                    key, type(self).__name__))
        dict.__setitem__(self, key, value)
        self._unsaved.add(key)

    def __getitem__(self, key):
        try:
            return dict.__getitem__(self, key)
        except KeyError as error:
            if key in self._unsaved:
                raise KeyError(
                    "{0!r}. HINT: The {0!r} attribute was set in the past. It was then wiped when refreshing the "
                    "object with the result returned by Stripe's API, probably as a result of a save().".format(
                        key)) from None
            raise error

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._unsaved.discard(key)

    def update(self, *args, **kwargs):  # like stripe-python: every key goes through __setitem__, so save() sends it
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def __reduce__(self):
        raise TypeError("StripeObject cannot be pickled in the sandbox")

    def to_dict(self, recursive=True):
        def convert(value):
            if isinstance(value, StripeObject):
                return value.to_dict(recursive) if recursive else dict(value)
            if isinstance(value, list):
                return [convert(v) for v in value] if recursive else value
            return value
        return {k: convert(v) for k, v in dict.items(self)}

    def to_dict_recursive(self):
        return self.to_dict(recursive=True)

    def __str__(self):
        return _json.dumps(self.to_dict(), sort_keys=True, indent=2, default=str)

    def __repr__(self):
        ident = [type(self).__name__]
        obj = self.get("object")
        if isinstance(obj, str):
            ident.append(obj)
        if isinstance(self.get("id"), str):
            ident.append("id={0}".format(self.get("id")))
        return "<{0} at {1}> JSON: {2}".format(" ".join(ident), hex(id(self)), str(self))

    def serialize(self, previous=None):
        """The parameters save() sends: changed keys, changes inside nested objects, and, for a hash that was
        replaced, the keys it lost set to "" (Stripe unsets them). None also becomes "" (unset)."""
        previous = self._previous if previous is None else previous
        params = {}
        for key in self._unsaved:
            if key not in self:
                continue
            params[key] = _diff(dict.__getitem__(self, key), previous.get(key))
        for key, value in dict.items(self):
            if key in params or key == "id" or isinstance(value, APIResource):
                continue
            if isinstance(value, StripeObject):
                child = value.serialize(previous.get(key) if isinstance(previous.get(key), dict) else {})
                if child:
                    params[key] = child
        return params


def _diff(current, previous):
    if current is None:
        return ""
    if isinstance(current, dict):
        changed = dict(current)
        for gone in set(previous or {}) - set(changed):
            changed[gone] = ""
        return changed
    return current


class ErrorObject(StripeObject):
    """The `error` of a failed request: fields Stripe leaves out read as None, as in stripe-python."""
    _FIELDS = ("charge", "code", "decline_code", "doc_url", "message", "param", "payment_intent", "payment_method",
               "setup_intent", "source", "type")

    def refresh_from(self, values, api_key=None, partial=False, last_response=None):
        merged = dict.fromkeys(self._FIELDS)
        merged.update(values)
        super().refresh_from(merged, api_key, partial, last_response)


class _DataPage:
    """A page of results (list or search): iterating, indexing and len() go to its "data"."""

    def __iter__(self):
        return iter(self.get("data", []))

    def __len__(self):
        return len(self.get("data", []))

    def __getitem__(self, key):
        if isinstance(key, (int, slice)):
            return self.get("data", [])[key]
        return StripeObject.__getitem__(self, key)

    @property
    def is_empty(self):
        return not self.get("data")


class ListObject(_DataPage, StripeObject):
    OBJECT_NAME = "list"

    def __reversed__(self):
        return reversed(self.get("data", []))

    @classmethod
    def empty_list(cls, **options):
        return cls.construct_from({"object": "list", "data": [], "has_more": False, "url": None})

    def _fetch_again(self, extra):
        fetch = getattr(self, "_fetch", None)
        if fetch is None and isinstance(self.get("url"), str):
            fetch = ("get", self.get("url"), {}, self._options)  # a list nested in another object
        if fetch is None:
            raise ValueError("This list was not returned by a request and cannot be paged.")
        method, path, params, options = fetch
        merged = dict(params)
        for cursor, other in (("starting_after", "ending_before"), ("ending_before", "starting_after")):
            if extra.get(cursor) is not None:
                merged.pop(other, None)  # Stripe refuses both cursors in one request
        merged.update(extra)
        return _request(method, path, merged, options)

    def list(self, **params):
        options = _pop_options(params)
        fetch = getattr(self, "_fetch", None)
        path = fetch[1] if fetch else self.get("url")
        return _request("get", path, params, options or (fetch[3] if fetch else {}))

    def next_page(self, **params):
        if not self.get("has_more"):
            return ListObject.empty_list()
        data = self.get("data") or []
        if not data:
            return ListObject.empty_list()
        params.pop("ending_before", None)
        params["starting_after"] = data[-1].get("id")
        return self._fetch_again(params)

    def previous_page(self, **params):
        if not self.get("has_more"):
            return ListObject.empty_list()
        data = self.get("data") or []
        if not data:
            return ListObject.empty_list()
        params.pop("starting_after", None)
        params["ending_before"] = data[0].get("id")
        return self._fetch_again(params)

    def auto_paging_iter(self):
        page = self
        fetch = getattr(self, "_fetch", None)
        backwards = bool(fetch and fetch[2].get("ending_before") and not fetch[2].get("starting_after"))
        seen_cursors = set()
        for _ in range(_MAX_AUTO_PAGES):
            items = page.get("data") or []
            for item in (reversed(items) if backwards else items):
                yield item
            if not page.get("has_more") or not items:
                return
            cursor = (items[0] if backwards else items[-1]).get("id")
            if cursor is None or cursor in seen_cursors:
                return  # a server that keeps answering has_more with the same page must not loop forever
            seen_cursors.add(cursor)
            page = page.previous_page() if backwards else page.next_page()


class SearchResultObject(_DataPage, StripeObject):
    OBJECT_NAME = "search_result"

    def next_search_result_page(self, **params):
        if not self.get("has_more") or not self.get("next_page"):
            return SearchResultObject.construct_from({"object": "search_result", "data": [], "has_more": False})
        fetch = getattr(self, "_fetch", None)
        if fetch is None:
            raise ValueError("This search result was not returned by a request and cannot be paged.")
        method, path, previous, options = fetch
        merged = dict(previous)
        merged.update(params)
        merged["page"] = self.get("next_page")
        return _request(method, path, merged, options)

    def auto_paging_iter(self):
        page = self
        seen_pages = set()
        for _ in range(_MAX_AUTO_PAGES):
            for item in page.get("data") or []:
                yield item
            token = page.get("next_page")
            if not page.get("has_more") or not token or token in seen_pages:
                return
            seen_pages.add(token)
            page = page.next_search_result_page()


class APIResource(StripeObject):
    @classmethod
    def class_url(cls):
        return getattr(cls, "_base_path", "/v1/" + str(cls.OBJECT_NAME).replace(".", "/") + "s")

    def instance_url(self):
        ident = self.get("id")
        if not isinstance(ident, str) or not ident:
            raise InvalidRequestError(
                "Could not determine which URL to request: {0} instance has invalid ID: {1!r}".format(
                    type(self).__name__, ident), "id")
        return "{0}/{1}".format(self.class_url(), _quote(ident, safe=""))

    def refresh(self):
        fresh = _request("get", self.instance_url(), self._retrieve_params, self._options)
        self.refresh_from(dict(fresh))
        return self

    def save(self, idempotency_key=None):
        params = self.serialize(None)
        options = dict(self._options)
        if idempotency_key:
            options["idempotency_key"] = idempotency_key
        fresh = _request("post", self.instance_url(), params, options)
        self.refresh_from(dict(fresh))
        return self


def convert_to_stripe_object(value, options=None):
    if isinstance(value, list):
        return [convert_to_stripe_object(v, options) for v in value]
    if isinstance(value, dict) and not isinstance(value, StripeObject):
        kind = value.get("object")
        if kind == "list":
            cls = ListObject
        elif kind == "search_result":
            cls = SearchResultObject
        elif isinstance(kind, str) and kind in _OBJECT_CLASSES:
            cls = _class_for_object(kind)
        else:
            cls = StripeObject
        options = options or {}
        return cls.construct_from(value, options.get("api_key"), options.get("stripe_version"),
                                  options.get("stripe_account"))
    return value


# --------------------------------------------------------------------------------- resource classes (lazy)

class _HybridMethod(object):
    """stripe-python's class_method_variant: Customer.delete("cus_1") and customer.delete() both work."""

    def __init__(self, on_class, on_instance):
        self._on_class = on_class
        self._on_instance = on_instance

    def __get__(self, instance, owner):
        if instance is None:
            return lambda *args, **kwargs: self._on_class(owner, *args, **kwargs)
        return lambda *args, **kwargs: self._on_instance(instance, *args, **kwargs)


def _pick(ops, args, kwargs):
    """Several operations may share a name (Account.retrieve() and Account.retrieve("acct_1")): choose by arity."""
    if len(ops) == 1:
        return ops[0]
    for op in ops:
        named = [v for v in op["vars"] if v.get("param") in kwargs or v["name"] in kwargs]
        if len(op["vars"]) == len(args) + len(named):
            return op
    return ops[0]


def _class_operation(ops):
    def call(cls, *args, **kwargs):
        op = _pick(ops, args, kwargs)
        options = _pop_options(kwargs)
        path, remaining = _path_for(op, args, kwargs, None)
        params = _params_from(remaining, kwargs, op["name"])
        return _request(op["http"], path, params, options)
    call.__name__ = ops[0]["name"]
    return classmethod(call)


def _instance_operation(op):
    def on_class(cls, *args, **kwargs):
        options = _pop_options(kwargs)
        path, remaining = _path_for(op, args, kwargs, None)
        params = _params_from(remaining, kwargs, op["name"])
        return _request(op["http"], path, params, options)

    def on_instance(self, *args, **kwargs):
        options = _pop_options(kwargs, self._options)
        path, remaining = _path_for(op, (), {}, self)
        params = _params_from(list(args), kwargs, op["name"])
        result = _request(op["http"], path, params, options)
        if (isinstance(result, StripeObject) and not isinstance(result, (ListObject, SearchResultObject))
                and result.get("id") == self.get("id") and op["type"] != "delete"):
            self.refresh_from(dict(result))
            return self
        if op["type"] == "delete" and isinstance(result, StripeObject):
            self.refresh_from(dict(result))
            return self
        return result
    return _HybridMethod(on_class, on_instance)


def _search_auto_paging_iter(search):
    def call(cls, *args, **params):
        return search.__get__(None, cls)(*args, **params).auto_paging_iter()
    return classmethod(call)


def _build_class(resource):
    namespace = {"OBJECT_NAME": resource["object"], "__module__": "stripe"}
    class_ops = {}
    for op in resource["operations"]:
        op = dict(op, owner=resource["class"])
        name = op["name"]
        if op["on"] == "class":
            class_ops.setdefault(name, []).append(op)
            if name == "list" and not op["vars"]:
                namespace["_base_path"] = op["path"]
        else:
            # stripe-python names the update operation `modify`; `update` would shadow dict.update
            exported = "modify" if op["type"] == "update" else name
            namespace.setdefault(exported, _instance_operation(op))
    for name, ops in class_ops.items():
        namespace[name] = _class_operation(ops)
    if resource.get("search") and "search" in namespace:
        namespace["search_auto_paging_iter"] = _search_auto_paging_iter(namespace["search"])
    if "_base_path" not in namespace:
        for op in resource["operations"]:
            if op["type"] in ("create", "retrieve") and op["on"] == "class" and op["path"].count("{") <= 1:
                namespace["_base_path"] = op["path"].split("/{")[0]
                break
    cls = type(resource["class"], (APIResource,), namespace)
    cls.__qualname__ = resource["class"]
    return cls


_OBJECT_CLASSES = {}     # object name -> resource entry
_CLASS_INDEX = {}        # (namespace, class name) -> object name
_BUILT = {}              # object name -> class
_SERVICE_TABLE = {}      # service path -> {method: op}

# StripeClient services whose stripe-python name is not their URL (client.invoice_items for /v1/invoiceitems);
# the URL-derived names keep working too
_SERVICE_NAMES = {
    "invoice_items": "invoiceitems",
    "invoices.line_items": "invoices.lines",
    "invoices.upcoming_lines": "invoices.upcoming.lines",
    "credit_notes.line_items": "credit_notes.lines",
    "credit_notes.preview_lines": "credit_notes.preview.lines",
    "customers.payment_sources": "customers.sources",
    "apple_pay_domains": "apple_pay.domains",
}
_SERVICE_METHOD_NAMES = {"upcomingLines": "list", "preview": "list"}  # on the renamed services only


def _class_for_object(kind):
    cls = _BUILT.get(kind)
    if cls is None:
        cls = _build_class(_OBJECT_CLASSES[kind])
        _BUILT[kind] = cls
    return cls


class _Namespace(object):
    def __init__(self, name):
        self._name = name

    def __getattr__(self, name):
        kind = _CLASS_INDEX.get((self._name, name))
        if kind is None:
            raise AttributeError("module 'stripe.{0}' has no attribute {1!r}".format(self._name, name))
        cls = _class_for_object(kind)
        setattr(self, name, cls)
        return cls

    def __repr__(self):
        return "<module 'stripe.{0}'>".format(self._name)


_NAMESPACES = {}


def __getattr__(name):  # PEP 562: resource classes and namespaces are built on first use
    kind = _CLASS_INDEX.get(("", name))
    if kind is not None:
        cls = _class_for_object(kind)
        globals()[name] = cls
        return cls
    if name in _NAMESPACES:
        return _NAMESPACES[name]
    raise AttributeError("module 'stripe' has no attribute {0!r}".format(name))


# -------------------------------------------------------------------------------------------- StripeClient

class _ServiceMethod(object):
    def __init__(self, client, op):
        self._client = client
        self._op = op

    def __call__(self, *args, **kwargs):
        op = self._op
        path = op["path"]
        remaining = list(args)
        for var in op["vars"]:
            if remaining:
                value = remaining.pop(0)
            elif var in kwargs:
                value = kwargs.pop(var)
            elif "id" in kwargs:
                value = kwargs.pop("id")
            else:
                raise TypeError("{0}() missing required argument: {1!r}".format(op["method"], var))
            if isinstance(value, StripeObject):
                value = value.get("id")
            if value is None or value == "":
                raise InvalidRequestError("Could not determine which URL to request: invalid {0}: {1!r}".format(
                    var, value), var)
            path = path.replace("{" + var + "}", _quote(str(value), safe=""), 1)
        params = kwargs.pop("params", None)
        options = kwargs.pop("options", None)
        if remaining:
            params = remaining.pop(0) if params is None else params
        if remaining:
            options = remaining.pop(0) if options is None else options
        if remaining:
            raise TypeError("{0}() got too many positional arguments".format(op["method"]))
        merged = dict(params or {})
        merged.update({k: v for k, v in kwargs.items() if k not in _OPTION_KEYS})
        request_options = dict(self._client._options)
        request_options.update({k: v for k, v in kwargs.items() if k in _OPTION_KEYS})
        request_options.update(dict(options or {}))
        return _request(op["http"], path, merged, request_options)


class _Service(object):
    def __init__(self, client, path):
        self._client = client
        self._path = path

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        full = self._path + "." + name if self._path else name
        ops = _SERVICE_TABLE.get(self._path, {})
        if name in ops:
            value = _ServiceMethod(self._client, ops[name])
        elif any(key == full or key.startswith(full + ".") for key in _SERVICE_TABLE):
            value = _Service(self._client, full)
        else:
            where = "StripeClient" if not self._path else "service {0!r}".format(self._path)
            raise AttributeError("{0} has no attribute {1!r}".format(where, name))
        object.__setattr__(self, name, value)
        return value

    def __repr__(self):
        return "<stripe service {0}>".format(self._path or "v1")


class StripeClient(object):
    def __init__(self, api_key=None, *, stripe_account=None, stripe_context=None, stripe_version=None,
                 base_addresses=None, client_id=None, proxy=None, verify_ssl_certs=True, http_client=None,
                 max_network_retries=None):
        if not api_key:
            raise AuthenticationError(
                "API key must be provided when creating a StripeClient (e.g. stripe.StripeClient(\"sk_test_...\")).")
        options = {"api_key": api_key}
        if stripe_account:
            options["stripe_account"] = stripe_account
        if stripe_version:
            options["stripe_version"] = stripe_version
        if stripe_context:
            options["stripe_context"] = stripe_context
        object.__setattr__(self, "_options", options)
        object.__setattr__(self, "_root", _Service(self, ""))

    @property
    def v1(self):
        return self._root

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._root, name)

    def raw_request(self, method, url, **params):
        options = _pop_options(params, self._options)
        return _request(method, url, params, options)

    def deserialize(self, resp, params=None, *, api_mode="V1"):
        return convert_to_stripe_object(resp if isinstance(resp, dict) else _json.loads(resp))

    def construct_event(self, payload, sig_header, secret, tolerance=300):
        return Webhook.construct_event(payload, sig_header, secret, tolerance)


# ----------------------------------------------------------------------------------------------- webhooks

class WebhookSignature(object):
    EXPECTED_SCHEME = "v1"

    @staticmethod
    def _compute_signature(payload, secret):
        import hashlib
        import hmac
        return hmac.new(secret.encode("utf-8"), payload.encode("utf-8"), hashlib.sha256).hexdigest()

    @classmethod
    def verify_header(cls, payload, header, secret, tolerance=None):
        import hmac
        if isinstance(payload, bytes):
            payload = payload.decode("utf-8")
        try:
            pairs = [part.split("=", 1) for part in header.split(",")]
            timestamp = int(next(v for k, v in pairs if k == "t"))
            signatures = [v for k, v in pairs if k == cls.EXPECTED_SCHEME]
        except Exception:
            raise SignatureVerificationError("Unable to extract timestamp and signatures from header", header,
                                             payload)
        if not signatures:
            raise SignatureVerificationError(
                "No signatures found with expected scheme {0}".format(cls.EXPECTED_SCHEME), header, payload)
        expected = cls._compute_signature("{0}.{1}".format(timestamp, payload), secret)
        if not any(hmac.compare_digest(expected, s) for s in signatures):
            raise SignatureVerificationError(
                "No signatures found matching the expected signature for payload", header, payload)
        if tolerance and timestamp < _time.time() - tolerance:
            raise SignatureVerificationError(
                "Timestamp outside the tolerance zone ({0})".format(timestamp), header, payload)
        return True


class Webhook(object):
    DEFAULT_TOLERANCE = 300

    @staticmethod
    def construct_event(payload, sig_header, secret, tolerance=DEFAULT_TOLERANCE, api_key=None):
        if isinstance(payload, bytes):
            payload = payload.decode("utf-8")
        WebhookSignature.verify_header(payload, sig_header, secret, tolerance)
        return convert_to_stripe_object(_json.loads(payload))


# ---------------------------------------------------------------------------------------------- installing

def _init(table_json):
    """Loads the operations table; returns the namespace objects so the installer can register stripe.<ns>."""
    table = _json.loads(table_json)
    for resource in table["resources"]:
        _OBJECT_CLASSES[resource["object"]] = resource
        _CLASS_INDEX[(resource["namespace"], resource["class"])] = resource["object"]
        if resource["namespace"] and resource["namespace"] not in _NAMESPACES:
            _NAMESPACES[resource["namespace"]] = _Namespace(resource["namespace"])
    for service in table["services"]:
        ops = _SERVICE_TABLE.setdefault(service["service"], {})
        ops.setdefault(service["method"], service)
        alias = service.get("alias")
        if alias:
            parent = service["service"].rsplit(".", 1)[0] if "." in service["service"] else ""
            _SERVICE_TABLE.setdefault(parent, {}).setdefault(alias, dict(service, method=alias))
    for python_name, url_name in _SERVICE_NAMES.items():
        for key, ops in list(_SERVICE_TABLE.items()):
            if key == url_name or key.startswith(url_name + "."):
                renamed = _SERVICE_TABLE.setdefault(python_name + key[len(url_name):], {})
                for method, op in ops.items():
                    name = _SERVICE_METHOD_NAMES.get(method, method)
                    renamed.setdefault(name, dict(op, method=name))
    return dict(_NAMESPACES)
