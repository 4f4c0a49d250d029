# Run-time errors of class patterns, with CPython's messages: a class that is not a type,
# bad __match_args__, too many positional sub-patterns, an attribute matched twice. They are
# raised only when the case is reached and the isinstance check passes.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


not_a_class = len
a_instance = "not a type"


def called_function(v):
    match v:
        case not_a_class():
            return "wrong"


def called_instance(v):
    match v:
        case a_instance(x=1):
            return "wrong"


attempt("function as class", lambda: called_function(1))
attempt("str instance as class", lambda: called_instance(1))


class ListArgs:
    __match_args__ = ["a"]
    a = 1


class TupleSubclassArgs:
    class T(tuple):
        pass
    __match_args__ = T(("a",))
    a = 1


class BadElement:
    __match_args__ = ("a", 2)
    a = 1


class NoMatchArgs:
    a = 1


class OneArg:
    __match_args__ = ("a",)
    a = 1


class Repeated:
    __match_args__ = ("a", "a")
    a = 1


class NotStrSubclass:
    class S(str):
        pass
    __match_args__ = (S("a"),)
    a = 1


def positional(cls, n):
    def go():
        match cls():
            case ListArgs(x) | TupleSubclassArgs(x) | NotStrSubclass(x):
                return ("one", x)
            case BadElement(_, y):
                return ("two", y)
            case NoMatchArgs(x) if n == 1:
                return ("one", x)
            case OneArg(x, y) | Repeated(x, y):
                return ("two", x, y)
            case OneArg(x, a=y):
                return ("positional and keyword", x, y)
        return "no case"
    return go


attempt("__match_args__ list", positional(ListArgs, 1))
attempt("__match_args__ tuple subclass", positional(TupleSubclassArgs, 1))
attempt("__match_args__ element int", positional(BadElement, 2))
attempt("no __match_args__", positional(NoMatchArgs, 1))
attempt("one arg given two", positional(OneArg, 2))
attempt("repeated name", positional(Repeated, 2))
attempt("str subclass element", positional(NotStrSubclass, 1))


# The same attribute named positionally and by keyword.
def both(v):
    match v:
        case OneArg(1, a=1):
            return "wrong"

attempt("positional then keyword", lambda: both(OneArg()))

# The checks happen after isinstance: a non-instance just fails.
match 5:
    case ListArgs(x):
        print("wrong")
    case OneArg(1, 2, 3):
        print("wrong")
    case _:
        print("no errors for non-instances")

# An error inside a nested class pattern propagates from the inner pattern.
class Outer:
    __match_args__ = ("inner",)
    def __init__(self, inner):
        self.inner = inner

def nested(v):
    match v:
        case Outer(Outer(ListArgs(z))):
            return z

attempt("nested", lambda: nested(Outer(Outer(ListArgs()))))
attempt("nested no match", lambda: nested(Outer(Outer(1))))

# A traceback from a class pattern error points at the pattern.
def uncaught():
    match OneArg():
        case OneArg(1, 2):
            pass

uncaught()
