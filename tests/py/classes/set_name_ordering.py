# __set_name__ is called for each descriptor in definition order, with owner and name.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "<empty>")

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value


class Record:
    first = Field()
    second = Field()
    third = Field()


r = Record()
r.second = "two"
print(r.first, r.second, r.third)
print(Record.first.name)

# Assigning a descriptor after class creation does not call __set_name__.
late = Field()
Record.late = late
print(hasattr(late, "name"))


class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class Bad:
        x = Boom()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
