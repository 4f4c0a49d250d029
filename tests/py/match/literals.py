# Literal patterns: numbers (with signs and complex parts), strings, bytes, None/True/False.
# Numbers and strings compare with ==, the singletons with `is`.
def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5e3:
            return "minus 2500"
        case 3j:
            return "3j"
        case 1 + 2j:
            return "1+2j"
        case -1 - 2j:
            return "-1-2j"
        case "hello":
            return "greeting"
        case "con" "cat":
            return "concatenated"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0x10:
            return "sixteen"
        case 1_000_000:
            return "a million"
    return "no match"


values = [0, -1, 1.5, -2500.0, 3j, 1 + 2j, -1 - 2j, "hello", "concat", b"raw", None,
          True, False, 16, 16.0, 1000000, 0.0, -0.0, 2, "Hello", "raw", b"hello", [],
          (), 1, 1.0, 10**20]
for v in values:
    print(repr(v), "->", describe(v))


# 1 == True, but `case True` uses `is`, so 1 does not match it (and True matches 1 first).
def one(x):
    match x:
        case 1:
            return "one"
        case True:
            return "true"
    return "neither"


print(one(True), one(1), one(1.0), one(1 + 0j))


# == goes through the subject's __eq__ (and the reflected one).
class Anything:
    def __eq__(self, other):
        print("  __eq__ with", repr(other))
        return True


match Anything():
    case 42:
        print("Anything() == 42")

class Never:
    def __eq__(self, other):
        return False

match Never():
    case 1 | "x" | None:
        print("wrong")
    case _:
        print("Never matches no literal")

# A failing __eq__ propagates.
class Broken:
    def __eq__(self, other):
        raise RuntimeError("cannot compare")

try:
    match Broken():
        case 5:
            print("wrong")
except RuntimeError as e:
    print(type(e).__name__, e)

# The result of __eq__ is only tested for truth.
class Weird:
    def __eq__(self, other):
        return [other]

match Weird():
    case 7:
        print("truthy list counts as equal")

# Floats: nan never equals itself.
nan = float("nan")
match nan:
    case 1.5:
        print("wrong")
    case _:
        print("nan matches no literal")
# Strings are compared, not identity.
s = "".join(["hel", "lo"])
print(describe(s))
