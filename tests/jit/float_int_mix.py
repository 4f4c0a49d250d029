# Float and int operands mixed in compiled arithmetic and comparisons: ints with floats go
# generic, floats with floats stay native, and NaN, infinities and -0.0 compare as in CPython.
# expect-stat: failed guards \(operand types\) at BINARY_OP: [1-9]
# expect-stat: failed guards \(operand types\) at COMPARE_OP: [1-9]
nan = float("nan")
inf = float("inf")

def arith(a, b):
    return a + b, a - b, a * b

def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b

for i in range(20):
    arith(i, i + 1)
    compare(i, 2)
for a, b in [(1, 2.5), (2.5, 1), (0.1, 0.2), (1e308, 1e308), (-0.0, 0.0), (inf, -inf), (3, 3.0)]:
    print(arith(a, b))
for a, b in [(nan, nan), (nan, 1.0), (1.0, nan), (inf, inf), (-0.0, 0.0), (1, 1.0), (2**63, 2.0**63),
             (2**53 + 1, 2.0**53), (True, 1), (1.5, 1)]:
    print(compare(a, b))
total = 0
for i in range(100):
    total = total + (i if i % 2 else i * 0.5)
print(total)
