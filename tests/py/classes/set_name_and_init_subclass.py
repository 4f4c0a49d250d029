# __set_name__ runs for each descriptor at class creation; __init_subclass__ for subclasses.
class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name


class Model:
    registry = []

    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower()
        Model.registry.append(cls.__name__)
        print("registered", cls.__name__, cls.table)


class User(Model, table="users"):
    id = Field()
    email = Field()


class Admin(User):
    level = Field()


print(Model.registry, User.table, Admin.table, User.id.name)
print(type(Model.__dict__["__init_subclass__"]).__name__)
try:
    class Bad(Model, unknown=1):
        pass
except TypeError as e:
    print(e)
try:
    class Plain(unknown=1):
        pass
except TypeError as e:
    print(e)


class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no names please")


try:
    class Holder:
        attr = Boom()
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__))


class Later:
    pass


f = Field()
Later.added = f
print(hasattr(f, "name"))
