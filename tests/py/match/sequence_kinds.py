# Which subjects a sequence pattern accepts: list, tuple, range and their subclasses; never
# str or bytes, nor objects that merely have __len__/__getitem__, iterators, sets or dicts.
class MyList(list):
    pass


class MyTuple(tuple):
    pass


class Mixin:
    def describe(self):
        return "mixin"


class MixedList(Mixin, MyList):
    pass


class DuckSequence:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError(i)


class MyStr(str):
    pass


class MyDict(dict):
    pass


def kind(v):
    match v:
        case [a, b]:
            return f"pair({a!r}, {b!r})"
        case [*items]:
            return f"sequence of {len(items)}"
        case {}:
            return "mapping"
        case _:
            return "other"


subjects = [
    [1, 2], (1, 2), range(2), MyList([1, 2]), MyTuple((3, 4)), MixedList([5, 6, 7]),
    "ab", "abc", b"ab", MyStr("ab"), DuckSequence(), iter([1, 2]), {1, 2}, frozenset([1]),
    {"a": 1}, MyDict(a=1), None, 12, 1.5, list, tuple, [],
]
for s in subjects:
    print(type(s).__name__, "->", kind(s))

# A star pattern alone still needs a sequence.
for s in ["", "xyz", b"", [], ()]:
    match s:
        case [*_]:
            print(repr(s), "is a sequence")
        case _:
            print(repr(s), "is not a sequence")

# Subclass instances unpack through their own iteration.
class Reversed(list):
    def __iter__(self):
        return iter(list.__reversed__(self))

match Reversed([1, 2, 3]):
    case [a, b, c]:
        print("unpacked", a, b, c)

# A subclass with an overriding __len__ is asked for its length.
class Liar(list):
    def __len__(self):
        return 5

def liar():
    match Liar([1, 2]):
        case [a, b]:
            return "wrong: length is 5"
        case [a, b, c, d, e]:
            return "wrong: cannot unpack"
    return "no match"

try:
    print(liar())
except ValueError as e:
    print(type(e).__name__, e)
