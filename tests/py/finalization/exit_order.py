# At exit, objects that only modules keep alive are finalized while their globals and the
# builtins are intact, oldest first, cycles included (CPython collects after emptying
# sys.modules); a suspended generator's finally block runs then too.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, len([1, 2]), GLOBAL_CONSTANT)

GLOBAL_CONSTANT = "still here"
a = Noisy("global")
b = Noisy("cycle")
b.self = b

def gen():
    try:
        yield 1
    finally:
        print("generator finally", len("abc"), GLOBAL_CONSTANT)
g = gen()
next(g)

class Holder:
    pass
h = Holder()
h.item = Noisy("held by an instance")
_private = Noisy("private name")
items = [Noisy("in a list %d" % i) for i in range(2)]
print("end of script")
