# Unboxed machine-word ints in compiled loops (locals kept in registers across iterations)
# overflow into big ints mid-loop: the overflow check deoptimizes, the interpreter computes the
# exact big result, and repeated deopts at the same site recompile the loop without that
# speculation.
# expect-stat: deopts \(int overflow\) at grow \(line [0-9]+\) BINARY_OP
# expect-stat: failed guards \(int overflow\) at BINARY_OP: [1-9]
# expect-stat: units retired after repeated deopts: [1-9]

def grow(x, factor, n):
    for i in range(n):
        x = x * factor + i
    return x

def counter(n):
    i = 0
    s = 0
    while i < n:
        s += i * i
        i += 1
    return s

def negate(x):
    return -x

for _ in range(30):
    grow(1, 2, 10)
    counter(50)
print(grow(1, 2, 10))
print(grow(1, 3, 80))
print(grow(-1, 7, 40))
print(counter(1000))
print(counter(3_000_000_000 // 1_000_000))
for _ in range(30):
    grow(1, 3, 60)
print(grow(5, 5, 100) % 1000003)
print(negate(-9223372036854775807 - 1), negate(5), negate(-2.5))
print(9223372036854775807 + 1, -9223372036854775807 - 2)
