# Comparisons and arithmetic where one side is a big int or a bool: the machine-word guards
# fail and the generic paths give CPython's answers.
# expect-stat: failed guards \(operand types\) at COMPARE_OP: [1-9]
big = 2**64

def cmp_all(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]

def mix(a, b):
    return a + b, a - b, a * b

for i in range(20):
    cmp_all(i, 3)
    mix(i, 3)
for a, b in [(big, 1), (1, big), (-big, big), (big, big), (True, 1), (False, 0), (True, 2),
             (2**63 - 1, 2**63), (-2**63, -2**63 - 1)]:
    print(cmp_all(a, b), mix(a, b))
print(mix(True, True), mix(2**63 - 1, 1)[0], mix(-2**63, 1)[1])
