# TypeError messages when neither operand implements an operator.
class A:
    pass


class B:
    def __lt__(self, other):
        return NotImplemented


a, b = A(), B()
ops = [
    ("+", lambda: a + b), ("-", lambda: a - 1), ("*", lambda: "x" * a), ("/", lambda: a / a),
    ("//", lambda: 1 // a), ("%", lambda: a % 2), ("**", lambda: a ** 2), ("<<", lambda: a << 1),
    (">>", lambda: a >> 1), ("&", lambda: a & 1), ("|", lambda: a | 1), ("^", lambda: a ^ 1),
    ("@", lambda: a @ a), ("divmod", lambda: divmod(a, 1)), ("pow3", lambda: pow(a, 2, 3)),
    ("<", lambda: a < b), (">", lambda: b > a), ("<=", lambda: a <= 1), (">=", lambda: "s" >= a),
    ("neg", lambda: -a), ("abs", lambda: abs(a)), ("len", lambda: len(a)), ("iter", lambda: iter(a)),
    ("call", lambda: a()), ("index", lambda: [1][a]), ("getitem", lambda: a[0]),
    ("setitem", lambda: a.__class__.__dict__["x"]), ("hash-list", lambda: hash([a])),
    ("in", lambda: 1 in a), ("int", lambda: int(a)), ("float", lambda: float(a)),
]
for name, op in ops:
    try:
        op()
        print(name, "no error")
    except (TypeError, KeyError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
x = a
try:
    x += 1
except TypeError as e:
    print("+=:", e)
try:
    x **= 2
except TypeError as e:
    print("**=:", e)
try:
    x @= a
except TypeError as e:
    print("@=:", e)
