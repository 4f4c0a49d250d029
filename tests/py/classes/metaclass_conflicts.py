# The most derived metaclass wins; unrelated metaclasses conflict.
class M1(type): pass
class M2(type): pass
class M3(M1): pass


class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass


class D(A, C):
    pass


print(type(D).__name__)
try:
    class E(A, B):
        pass
except TypeError as e:
    print(e)
try:
    class F(A, metaclass=M2):
        pass
except TypeError as e:
    print(e)


def factory(name, bases, ns):
    print("plain function as metaclass:", name, sorted([k for k in ns if not k.startswith("__")]))
    return 42


class G(metaclass=factory):
    x = 1


print(G)
T = type("T", (A,), {})
print(type(T).__name__)
try:
    type.__new__(M2, "U", (A,), {})
except TypeError as e:
    print(e)
print(type(type("V", (C, A), {})).__name__)
