# __new__ creates, __init__ initializes; __new__ may return something else entirely.
class Tracked:
    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args, kwargs)
        return super().__new__(cls)

    def __init__(self, x, y=0):
        print("init", x, y)
        self.x, self.y = x, y


t = Tracked(1, y=2)
print(t.x, t.y)


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance


print(Singleton() is Singleton())


class NotMine:
    def __new__(cls):
        return [1, 2]

    def __init__(self):
        print("never runs")


print(NotMine())


class Sub(Tracked):
    pass


s = Sub(5)
print(type(s).__name__, s.x)


class Fixed:
    def __new__(cls, value):
        obj = object.__new__(cls)
        obj.value = value * 10
        return obj


print(Fixed(4).value)
