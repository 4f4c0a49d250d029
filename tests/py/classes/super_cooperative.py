# Cooperative multiple inheritance: every __init__ calls super().__init__ with **kwargs.
class Shape:
    def __init__(self, **kwargs):
        print("Shape.__init__", sorted(kwargs))
        super().__init__(**kwargs)


class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        print("Colored.__init__", color)
        self.color = color
        super().__init__(**kwargs)


class Named(Shape):
    def __init__(self, name="?", **kwargs):
        print("Named.__init__", name)
        self.name = name
        super().__init__(**kwargs)


class Widget(Colored, Named):
    def __init__(self, size, **kwargs):
        print("Widget.__init__", size)
        self.size = size
        super().__init__(**kwargs)


w = Widget(3, color="red", name="w1")
print(w.size, w.color, w.name, [c.__name__ for c in Widget.__mro__])
try:
    Widget(1, extra=True)
except TypeError as e:
    print(e)


class Loggable:
    def log(self):
        return ["Loggable"]


class Timestamped(Loggable):
    def log(self):
        return ["Timestamped"] + super().log()


class Persisted(Loggable):
    def log(self):
        return ["Persisted"] + super().log()


class Entity(Timestamped, Persisted):
    def log(self):
        return ["Entity"] + super().log()


print(Entity().log())
