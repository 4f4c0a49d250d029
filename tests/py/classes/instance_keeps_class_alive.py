# Each instance holds one reference to its class, dropped exactly once when it dies, whatever
# the built-in base (object, exceptions, containers, numbers, str, nested subclasses).
import sys


class Plain: pass
class Err(Exception): pass
class SubErr(Err): pass
class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
class Slotted:
    __slots__ = ("a",)
class Deep(L): pass

for cls, make in [(Plain, Plain), (Err, lambda: Err("x")), (SubErr, SubErr), (L, lambda: L([1])),
                  (D, D), (I, lambda: I(7)), (S, lambda: S("s")), (T, lambda: T((1, 2))),
                  (Slotted, Slotted), (Deep, Deep)]:
    before = sys.getrefcount(cls)
    objs = [make() for _ in range(5)]
    during = sys.getrefcount(cls) - before
    del objs
    after = sys.getrefcount(cls) - before
    print(cls.__name__, during, after)
