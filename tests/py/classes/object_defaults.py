# What every class inherits from object.
class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a.__eq__(b), a.__ne__(a), a.__eq__(a))
print(a.__lt__(b), Plain.__eq__ is object.__eq__, Plain.__hash__ is object.__hash__)
print(hash(a) == object.__hash__(a), format(a, "") == str(a), a.__format__("") == str(a))
print(type(a.__repr__()).__name__, a.__str__() == a.__repr__(), a.__class__ is Plain)
print(a.__sizeof__() > 0, Plain.__dict__["__module__"], isinstance(a.__dict__, dict))
print(object.__init__(a) is None, object.__new__(Plain).__class__.__name__)
print(Plain.__init_subclass__() is None, Plain.__subclasshook__() is NotImplemented)
print(sorted([n for n in dir(object) if n in ("__eq__", "__hash__", "__init__", "__new__", "__repr__")]))
try:
    a < b
except TypeError as e:
    print(e)
try:
    object.__eq__(1)
except TypeError as e:
    print(e)
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b))
