# __name__, __qualname__, __module__ and __doc__ of classes, nested and local.
class Outer:
    """Outer's docstring."""

    class Inner:
        class Deepest:
            pass

    def make(self):
        class Local:
            "local doc"
        return Local


print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.__doc__)
L = Outer().make()
print(L.__name__, L.__qualname__, L.__doc__, L)
print(Outer.Inner.Deepest, repr(Outer.Inner()).split(" at ")[0])
print(Outer.make.__qualname__, Outer.Inner.__module__)


def factory():
    class Made:
        def method(self):
            pass
    return Made


M = factory()
print(M.__qualname__, M.method.__qualname__)
Outer.__doc__ = "changed"
print(Outer.__doc__, Outer().__doc__)
Outer.__module__ = "elsewhere"
print(Outer, Outer.__module__)
print(int.__module__, int.__qualname__, object.__doc__[:30])


class WithModule:
    __module__ = "given"


print(WithModule)
