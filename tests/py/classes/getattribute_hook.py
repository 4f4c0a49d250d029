# __getattribute__ sees every lookup; object.__getattribute__ does the normal work.
class Logged:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.value + 1


obj = Logged()
print(obj.value)
print(obj.method())


class Masked:
    secret = "s3cret"

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"<{name} unavailable>"


m = Masked()
print(m.secret, Masked.secret)


class Everything:
    def __getattribute__(self, name):
        return name * 2


e = Everything()
print(e.ab, e.x, getattr(e, "q"))


class Base:
    def __getattribute__(self, name):
        return "base:" + name


class Derived(Base):
    pass


print(Derived().anything)
