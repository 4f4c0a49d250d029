# bytearray and memoryview: bytearray is never a sequence subject (like str and bytes), but a
# memoryview is one; bytearray(...) as a class pattern matches the subject itself.
def kind(v):
    match v:
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case bytearray(x):
            return f"bytearray {x!r}"
        case _:
            return "other"


print(kind(bytearray(b"ab")))
print(kind(bytearray()))
print(kind(memoryview(b"ab")))
print(kind(memoryview(b"abc")))

class MyBytes(bytes):
    pass

class MyBytearray(bytearray):
    pass

print(kind(MyBytes(b"ab")), kind(MyBytearray(b"ab")))

match b"xy":
    case bytes(v):
        print("bytes(v):", v)
match bytearray(b"xy"):
    case bytes():
        print("wrong")
    case bytearray() as ba:
        print("bytearray():", ba)
