# Sequence patterns on lists, tuples and ranges: fixed length, star captures anywhere, the
# `*_` forms compiled with indexing, nesting, and () / [] as the same pattern.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) > 3:
            return f"long: {first} .. {last} ({len(middle)} inside)"
        case (a, b, c):
            return f"three: {a} {b} {c}"
        case [*_, "end"]:
            return "ends with 'end'"
        case ["start", *_]:
            return "starts with 'start'"
        case [head, *tail]:
            return f"head {head}, tail {tail}"
        case _:
            return "not a sequence"


values = [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3), list(range(8)),
          ["a", "b", "c", "d", "end"], ["start", 1, 2, 3], [5, 6, 7, 8], range(0),
          range(2), range(3), range(10, 14), "ab", 5, None, {1: 2}, {1, 2}]
for v in values:
    print(repr(v), "->", shape(v))


# Star captures always produce a list, even from a tuple or a range.
match (1, 2, 3, 4):
    case (*init, last):
        print("init", init, "last", last)
match range(5):
    case [a, *rest]:
        print("a", a, "rest", rest, type(rest).__name__)
match (1,):
    case (x, *empty):
        print("x", x, "empty", empty)
match [1, 2, 3, 4, 5]:
    case [a, b, *mid, c]:
        print(a, b, mid, c)
match [1, 2, 3]:
    case [*everything]:
        print("everything", everything)
match []:
    case [*nothing]:
        print("nothing", nothing)


# The [x, *_, y] forms index instead of unpacking (negative positions through len()).
class Logged(list):
    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)

    def __len__(self):
        print("  len")
        return super().__len__()

match Logged([10, 20, 30, 40]):
    case [first, *_, last]:
        print("first", first, "last", last)
match Logged([10, 20, 30, 40]):
    case [_, second, *_]:
        print("second", second)
match Logged([1, 2]):
    case [*_]:
        print("any sequence")
match Logged([1, 2, 3]):
    case [*_, x, _]:
        print("second to last", x)

# Parenthesised and bracketed forms, with and without a trailing comma.
for v in [(1, 2), [1, 2]]:
    match v:
        case 1, 2:
            print("bare tuple pattern")
    match v:
        case (1, 2,):
            print("tuple pattern with trailing comma")
    match v:
        case [1, 2]:
            print("list pattern")
match [1]:
    case (1,):
        print("one-element tuple pattern")
match 1:
    case (1):
        print("parentheses only group")

# Nested sequences.
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return a * d - b * c
        case [[a], *rows]:
            return ("column", a, rows)
        case [(x, y), *_] if x == y:
            return "diagonal start"
    return None

print(nested([[1, 2], [3, 4]]))
print(nested(([5], [6], [7])))
print(nested([(2, 2), 9]))
print(nested([[1, 2, 3], [4]]))

# Length checks come before unpacking: an infinite-looking sequence is never iterated
# past its length.
class Countdown(tuple):
    pass

match Countdown((3, 2, 1)):
    case (a, b):
        print("wrong")
    case (a, b, c):
        print("Countdown", a, b, c)
