# The default unraisable hook prints "Exception ignored in:" with the repr of the failing
# finalizer, here an object with a fixed repr standing in for __del__, and the traceback.
import gc

gc.disable()


class Finalizer:
    def __repr__(self):
        return "<finalizer>"

    def __call__(self):
        raise ValueError("finalizer failed")


class Owner:
    __del__ = Finalizer()


print("start")
Owner()
print("after refcount death")
o = Owner()
o.me = o
del o
gc.collect()
print("after collect")


class Deep:
    def __repr__(self):
        return "<deep>"

    def __call__(self):
        self.helper()

    def helper(self):
        {}["missing"]


class Owner2:
    __del__ = Deep()


Owner2()
print("end")
