# Comprehensions at module level, their loops entered by OSR, whose element type changes
# mid-loop (int, float, big int, str, a class with __mul__), and a module-level loop whose
# accumulator changes type; generator expressions stay in the interpreter.
# expect-stat: functions compiled: [1-9]
# expect-stat: deopts \(operand types\) at <listcomp> \(line 21\) BINARY_OP
# expect-stat: deopts \(int overflow\) at <listcomp> \(line 21\) BINARY_OP
# expect-stat: deopts \(operand types\) at <module> \(line 30\) BINARY_OP
# jit-threshold: 50

class Twice:
    def __init__(self, v):
        self.v = v

    def __mul__(self, k):
        return "T" + str(self.v * k)

    def __repr__(self):
        return "Twice(%r)" % self.v

data = list(range(300)) + [0.5] * 5 + [2 ** 63 - 1, 2 ** 63] + ["ab"] + [Twice(3)]
doubled = [x * 2 for x in data]
print(doubled[295:])
keyed = {i: x * 2 for i, x in enumerate(data) if i % 70 == 0 or i > 304}
print(keyed)
sums = {type(x * 1).__name__ for x in data}
print(sorted(sums))
print(sum(x for x in data[:305]))
acc = 0
for x in data[:307]:
    acc = acc + x
print(acc, type(acc).__name__)
nested = [[y * x for y in (1, 1.5)] for x in range(120)]
print(nested[-1], sum(sum(r) for r in nested))
try:
    print([x - 1 for x in data])
except TypeError as e:
    print(type(e).__name__, e)
