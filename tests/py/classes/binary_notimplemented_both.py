# When both sides return NotImplemented, the operator raises "unsupported operand type(s)".
class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented

    def __radd__(self, other):
        print("A.__radd__")
        return NotImplemented

    def __mul__(self, other):
        return NotImplemented


class B:
    def __radd__(self, other):
        print("B.__radd__")
        return NotImplemented

    def __rmul__(self, other):
        return "B.__rmul__"


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("A+B", lambda: A() + B())
attempt("A*B", lambda: A() * B())
attempt("1+A", lambda: 1 + A())
attempt("A-A", lambda: A() - A())
attempt("A@1", lambda: A() @ 1)
attempt("A<<1", lambda: A() << 1)
attempt("divmod", lambda: divmod(A(), 1))
attempt("pow3", lambda: pow(A(), 2, 3))
attempt("neg", lambda: -A())
attempt("invert", lambda: ~A())
