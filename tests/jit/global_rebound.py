# Globals and builtins read by compiled code are rebound while it runs: every read sees the
# current binding.
# expect-stat: functions compiled: [1-9]
scale = 2

def scaled(n):
    global scale
    out = []
    for i in range(n):
        out.append(i * scale)
        if i == 3:
            scale = 10
    return out

def use_len(xs):
    return len(xs)

print(scaled(6))
print(scaled(3))
for _ in range(20):
    use_len([1, 2])
import builtins
real_len = builtins.len
builtins.len = lambda xs: -1
print(use_len([1, 2, 3]))
len = lambda xs: 99
print(use_len([1]))
del len
print(use_len([1]))
builtins.len = real_len
print(use_len([1, 2, 3]))
del scale
try:
    scaled(1)
except NameError as e:
    print(type(e).__name__, e)
