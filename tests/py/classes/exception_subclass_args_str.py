# User exceptions: args set from the constructor call, custom __init__ and __str__, repr.
class AppError(Exception):
    pass


class CodeError(AppError):
    def __init__(self, code, msg="failed"):
        super().__init__(code, msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[1]}"


class NoSuper(AppError):
    def __init__(self, x):
        self.x = x


class StrOnly(AppError):
    def __str__(self):
        return "custom text"


e = AppError("a", 2)
print(e.args, str(e), repr(e))
print(repr(AppError()), str(AppError()), repr(AppError("one")))
c = CodeError(404)
print(c.args, str(c), repr(c), c.code)
n = NoSuper(5)
print(n.args, repr(str(n)), repr(n), n.x)
s = StrOnly(1, 2)
print(str(s), repr(s))
try:
    raise CodeError(500, "server")
except AppError as err:
    print(type(err).__name__, err, isinstance(err, Exception))
print(CodeError.__mro__[1:])
e.args = ("replaced",)
print(str(e))
