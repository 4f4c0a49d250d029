# __call__ makes instances callable, looked up on the type, not the instance.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add = Adder(10)
print(add(1), add(1, 2, 3), add(1, scale=3))
print(callable(add), callable(Adder), callable(3))

plain = Adder.__new__(Adder)
plain.__call__ = lambda: "instance attr"
plain.n = 0
print(plain(5))


class NotCallable:
    pass


o = NotCallable()
o.__call__ = lambda: 1
try:
    o()
except TypeError as e:
    print("TypeError:", e)
try:
    add()
except TypeError as e:
    print("TypeError:", e)


class Chain:
    def __call__(self):
        return self


c = Chain()
print(c()()() is c)
