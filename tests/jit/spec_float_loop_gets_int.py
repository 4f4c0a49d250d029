# A float loop compiled with its locals unboxed meets an int, then a str, mid-loop: the guard on
# the boxed operand deoptimizes (the interpreter finishes the instruction, raising TypeError for
# the str), and results match CPython's exactly.
# expect-stat: deopts \(operand types\) at accumulate \(line [0-9]+\) BINARY_OP
# expect-stat: functions compiled: [1-9]

def accumulate(values):
    total = 0.0
    scale = 1.5
    for v in values:
        total = total * 0.5 + v * scale
    return total

floats = [0.25 * i for i in range(40)]
for _ in range(30):
    accumulate(floats)
print(accumulate(floats))
print(accumulate(floats[:10] + [3] + floats[10:]))
print(accumulate([1, 2, 3, 4.5]))
print(accumulate([True, 2.0]))
print(accumulate([2**70, 1.0]))
try:
    accumulate(floats[:5] + ["x"] + floats[5:])
except TypeError as e:
    print(type(e).__name__, e)
try:
    accumulate([1e308, 1e308, float("inf"), float("nan")])
    print(accumulate([1e308, 1e308, float("inf")]), accumulate([float("nan"), 1.0]))
except Exception as e:
    print(type(e).__name__, e)
