# __repr__ and __str__ and where each is used.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class Both:
    def __repr__(self):
        return "Both(repr)"

    def __str__(self):
        return "Both(str)"


class Plain:
    pass


r, b = OnlyRepr(), Both()
print(r, str(r), repr(r))
print(b, str(b), repr(b))
print([r, b], (b,), {"k": b})
print(f"{b} {b!r} {b!s}")
print("%s %r" % (b, b))
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
plain = Plain()
print(str(plain) == repr(plain))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print(e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print(e)


class Nested:
    def __init__(self, children):
        self.children = children

    def __repr__(self):
        return f"Nested({self.children!r})"


print(Nested([Nested([]), Nested([Nested([])])]))
