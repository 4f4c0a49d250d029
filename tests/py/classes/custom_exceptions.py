# Exception subclasses: custom __init__ and __str__, attributes, catching by base class.
class AppError(Exception):
    """Base of this application's errors."""


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key


class Invalid(AppError, ValueError):
    def __init__(self, field, reason):
        self.field, self.reason = field, reason
        super().__init__(field, reason)

    def __str__(self):
        return f"{self.field}: {self.reason}"


def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]


for exc in (NotFound("x"), Invalid("age", "negative"), AppError(), AppError("a", 1)):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
try:
    lookup({}, "k")
except LookupError:
    print("not a LookupError")
except AppError as e:
    print("caught", e.key, isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise Invalid("name", "empty")
except ValueError as e:
    print("as ValueError:", e, e.field)
print([c.__name__ for c in Invalid.__mro__])
print(AppError.__doc__, NotFound.__doc__)
e = NotFound("z")
e.extra = 5
print(e.extra, e.__dict__)
try:
    raise NotFound
except TypeError as err:
    print("TypeError:", err)
