# type(), isinstance() and issubclass() with built-in types, tuples of types and bool/int relations.
values = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), None, True, range(1), len, print]
for v in values:
    print(repr(type(v)), type(v).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)))
print(isinstance("s", str), isinstance("s", (list, tuple)), isinstance([], (list, tuple)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(1.0, (int, float)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, object))
print(issubclass(KeyError, (TypeError, LookupError)), issubclass(list, object))
print(type(1) == int, type(True) == int, type(True) is bool, type(type(1)).__name__)
print(type("") is str, type([]) is list, type({}) is dict, type(()) is tuple)
try:
    isinstance(1, "int")
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
print(int.__name__, str.__name__, type(None).__name__, type(...).__name__)
