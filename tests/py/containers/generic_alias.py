# __class_getitem__ of the built-in containers and type: types.GenericAlias objects.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = list[int]
print(a, repr(a), type(a).__name__)
print(a.__origin__, a.__args__, a.__parameters__)
print(dict[str, int], set[float], frozenset[bytes], tuple[int, ...], tuple[()], type[int])
print(list[list[int]], dict[str, list[int]], tuple[int, str, None])
print(list[None], list[...], list["x"], list[3], list[int, str])
print(dict[str, int].__args__, tuple[()].__args__, tuple[int, ...].__args__)
print(list[int] == list[int], list[int] == list[str], list[int] != list[int], list[int] == list)
print(dict[str, int] == dict[str, int], list[int] == set[int])
print(hash(list[int]) == hash(list[int]), hash(dict[int, str]) == hash(dict[int, str]))
print(len({list[int], list[int], list[str]}))
print(list[int]("ab"), dict[str, int](a=1), tuple[int](range(3)), set[int]([1]), frozenset[int]())
print(type(list[int]()).__name__)
print(list[int].__class__.__name__, isinstance(list[int], type))
show(lambda: isinstance([], list[int]))
show(lambda: issubclass(list, list[int]))
show(lambda: list[int][str])
print(list[int].__origin__ is list, dict[str, int].__origin__ is dict)
print(type[int].__origin__ is type)
show(lambda: int[str])
show(lambda: object[int])
show(lambda: len[int])
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)))
print(type(list.__class_getitem__).__name__, list.__class_getitem__.__name__)
# method lookups through the alias go to the origin
print(list[int].append, list[int].__name__, list[int].__qualname__, list[int].__module__)
print(list[int].__mro_entries__((list[int],)))
# subclassing a generic alias subclasses its origin
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList([1, 2]), MyList.__orig_bases__)
class MyDict(dict[str, int]):
    pass
print(MyDict.__mro__)
print(MyList[int], type(MyList[int]).__name__)
# repr of args: types by qualname, others by repr
class Outer:
    class Inner:
        pass
print(list[Outer.Inner], list[Outer], list[[int, str]], list[(int, str)])
print(dict[str, "forward"], tuple[int, ...], list[type(None)])
print(getattr(list[int], "__args__"), dir(list[int]) == dir(list[int]))
show(lambda: list[int].foo)
show(lambda: setattr(list[int], "x", 1))
