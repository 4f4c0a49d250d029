# Lambda expressions: arguments of every kind, immediate calls, lambdas returning lambdas.
square = lambda x: x * x
print(square(7), square.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=5))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda a, /, b, *, c: a + b + c)(1, 2, c=3))
make_multiplier = lambda n: lambda x: x * n
triple = make_multiplier(3)
print(triple(5), make_multiplier(4)(4))
pairs = [(1, 'b'), (3, 'a'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(3))
cond = lambda x: "neg" if x < 0 else ("zero" if x == 0 else "pos")
print([cond(v) for v in (-2, 0, 5)])
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
