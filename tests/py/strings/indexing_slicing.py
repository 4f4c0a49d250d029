# String indexing and slicing with negative indices, steps, out-of-range bounds and reversal.
s = "Hello, World"
print(s[0], s[-1], s[4], s[-5])
print(s[0:5], s[7:], s[:5], s[:], s[-5:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[1:-1], s[-3:-1], repr(s[-1:-3]))
for i in range(-3, 3):
    print(i, repr(s[i]), repr(s[i:]), repr(s[:i]))
try:
    s[12]
except IndexError as e:
    print(e)
try:
    s[-13]
except IndexError as e:
    print(e)
try:
    s["1"]
except TypeError as e:
    print(e)
try:
    s[1.0]
except TypeError as e:
    print(e)
word = "racecar"
print(word == word[::-1], "python"[::-1])
u = "añb中c"
print(u[1], u[3], u[::-1], u[1:4])
print(len(s), len(""), len(u))
