# Conditional expressions and chained comparisons, including evaluation order and short-circuit.
calls = []
def v(name, value):
    calls.append(name)
    return value
print("yes" if v("cond", True) else v("else", "no"))
print(calls)
calls.clear()
print(v("a", 1) if v("cond", False) else v("b", 2))
print(calls)
x = 5
print("small" if x < 3 else "medium" if x < 10 else "large")
calls.clear()
print(v("a", 1) < v("b", 2) < v("c", 3))
print(calls)
calls.clear()
print(v("a", 3) < v("b", 2) < v("c", 1))
print(calls)
print(1 < 2 <= 2 < 3 != 4 > 0)
print(1 == 1.0 == True, "a" < "b" < "c", [1] < [1, 0] < [2])
print(0 < x < 10, not 0 < x < 3)
a = b = 3
print(a is b, a == b is not None)
print(1 < 2 > 0 < 5, 2 in [1, 2] in [[1, 2]])
values = [-3, 0, 7]
print([("neg" if n < 0 else "zero" if n == 0 else "pos") for n in values])
