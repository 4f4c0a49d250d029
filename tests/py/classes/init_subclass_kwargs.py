# __init_subclass__ receives class keyword arguments and cooperates through super().
class Registry:
    plugins = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if key is not None:
            Registry.plugins[key] = cls
        print("init_subclass", cls.__name__, key)


class A(Registry, key="a"):
    pass


class B(A, key="b"):
    pass


class C(B):
    pass


print(sorted([(k, v.__name__) for k, v in Registry.plugins.items()]))

try:
    class D(Registry, key="d", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class E(extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
