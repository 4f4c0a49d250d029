# C3 linearization with diamonds and mixins.
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])


class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass


print([k.__name__ for k in Aa.__mro__])


class JsonMixin:
    def to_json(self):
        pairs = [f'"{k}": {v!r}' for k, v in sorted(vars(self).items())]
        return "{" + ", ".join(pairs) + "}"


class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({vars(self)})"


class Record(JsonMixin, ReprMixin):
    def __init__(self, **kw):
        self.__dict__.update(kw)


r = Record(b=2, a=1)
print(r.to_json(), r)
print(Record.__bases__, len(Record.__mro__))
