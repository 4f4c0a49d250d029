# Dunders on a metaclass make operators work on the classes themselves.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_")}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = members
        return cls

    def __len__(cls):
        return len(cls._members)

    def __iter__(cls):
        return iter(sorted(cls._members.items(), key=lambda kv: kv[1]))

    def __getitem__(cls, name):
        return cls._members[name]

    def __contains__(cls, value):
        return value in cls._members.values()

    def __repr__(cls):
        return f"<enum {cls.__name__} ({len(cls)} members)>"

    def __add__(cls, other):
        return type(cls)(cls.__name__ + other.__name__, (), {**cls._members, **other._members})

    def __bool__(cls):
        return bool(cls._members)


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3


class Shade(metaclass=EnumMeta):
    DARK = 10


class Nothing(metaclass=EnumMeta):
    pass


print(len(Color), list(Color), Color["GREEN"], 2 in Color, 7 in Color, Color)
Mixed = Color + Shade
print(Mixed, list(Mixed), bool(Nothing), bool(Color), Mixed.__name__)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
print(Color.RED, Color.__dict__["RED"], type(Color).__name__, isinstance(Color, EnumMeta))
try:
    len(EnumMeta)
except TypeError as e:
    print(e)
