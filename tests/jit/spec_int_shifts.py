# Shifts and bitwise operations on unboxed ints: counts past 63, negative counts (ValueError),
# and left shifts that outgrow a machine word (big ints) deoptimize or compute exactly.
# expect-stat: deopts \(int overflow\) at mix \(line [0-9]+\) BINARY_OP
# expect-stat: functions compiled: [1-9]

def mix(a, b, n):
    out = []
    for i in range(n):
        x = (a + i) * 1
        y, c = x + 0, b + 0  # locals: shifted by the generic path
        out.append((((x + 0) >> (b + 0)) ^ ((x + 0) << 1 >> 1) & 255 | ((x + 0) >> 70)) +
                   ((x + 0) << (b + 0)) + (y >> c) - (y >> c))
    return out

for _ in range(30):
    mix(5, 3, 4)
print(mix(5, 3, 4))
print(mix(-1000, 2, 3), mix(-7, 64, 2), mix(7, 63, 2))
print(mix(2**62, 1, 2), mix(-2**62, 2, 2))
try:
    print(mix(3, -1, 2))
except ValueError as e:
    print(type(e).__name__, e)
print(mix(1, 0, 3))
