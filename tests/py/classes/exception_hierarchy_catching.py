# except clauses match subclasses; order and tuples matter; chaining keeps custom types.
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
class Other(Exception): pass


def classify(exc):
    try:
        raise exc
    except Leaf:
        return "Leaf"
    except (Mid, Other) as e:
        return f"Mid-or-Other({type(e).__name__})"
    except Base:
        return "Base"
    except Exception as e:
        return f"Exception({type(e).__name__})"


for exc in (Leaf(), Mid(), Base(), Other(), KeyError()):
    print(classify(exc))
try:
    try:
        raise Leaf("first")
    except Mid as inner:
        raise Other("second") from inner
except Other as outer:
    print(outer, "<-", type(outer.__cause__).__name__, outer.__cause__)
try:
    try:
        raise Mid("a")
    except Mid:
        raise Leaf("b")
except Base as e:
    print(e, "context:", repr(e.__context__))


class WithState(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __reduce__(self):
        return (WithState, (self.code,))


try:
    raise WithState(404)
except WithState as e:
    print(e.code, str(e), e.args)
print(issubclass(Leaf, Base), issubclass(Base, Leaf), issubclass(Other, BaseException))


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print(e)
try:
    try:
        pass
    finally:
        raise Leaf("from finally")
except Base as e:
    print(type(e).__name__, e)
