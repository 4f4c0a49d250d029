# Machine-word arithmetic in compiled loops overflows into big ints: the overflow check sends
# the operation to the generic path, which returns the exact big result.
# expect-stat: failed guards \(int overflow\) at BINARY_OP: [1-9]

def powers(base, n):
    out = []
    x = 1
    for _ in range(n):
        x = x * base
        out.append(x)
    return out

def sums(start, step, n):
    x = start
    for _ in range(n):
        x = x + step
    return x

def diffs(start, step, n):
    x = start
    for _ in range(n):
        x = x - step
    return x

for _ in range(20):
    powers(3, 10)
print(powers(2, 70)[-5:])
print(powers(-3, 45)[-3:])
print(sums(2**62, 2**61, 3))
print(sums(9223372036854775807, 1, 1))
print(diffs(-9223372036854775808, 1, 1))
print(diffs(-2**62, 2**62, 2))
print(sums(2**70, -2**70, 1), type(sums(2**70, -2**70, 1)).__name__)
x = 9223372036854775807
print(x + 1, x * 2, -x - 2, (x + 1) - 1 == x)
print(sums(0, 1, 1000), diffs(0, 1, 1000))
