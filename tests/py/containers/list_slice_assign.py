# Slice reading, assignment and deletion on lists, with steps, negative bounds, big bounds,
# self-assignment and every error.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

base = list(range(10))
for s in [slice(None), slice(2, 8), slice(8, 2), slice(None, None, 2), slice(None, None, -1),
          slice(-3, None), slice(None, -3), slice(1, 9, 3), slice(9, 1, -3), slice(-100, 100),
          slice(100, -100, -1), slice(None, None, -3), slice(10 ** 20, None), slice(-10 ** 20, 10 ** 20, 10 ** 20)]:
    print(s, base[s])

def assign(s, v):
    a = list(range(10))
    a[s] = v
    return a
print(assign(slice(2, 5), ["a"]))
print(assign(slice(2, 5), []))
print(assign(slice(2, 2), [1, 2, 3]))
print(assign(slice(8, 2), ["x"]))
print(assign(slice(None), "ab"))
print(assign(slice(-2, None), range(3)))
print(assign(slice(None, None, 2), "abcde"))
print(assign(slice(None, None, -2), "abcde"))
print(assign(slice(1, 8, 3), (7, 7, 7)))
print(assign(slice(0, 10, 1), [1]))
print(assign(slice(100, 200), [1]))
print(assign(slice(-100, -50), [1]))
print(assign(slice(5, 5, 2), []))
show(lambda: assign(slice(None, None, 2), "abc"))
show(lambda: assign(slice(None, None, -3), [1]))
show(lambda: assign(slice(1, 2, 2), [1, 2]))
show(lambda: assign(slice(None, None, 0), []))
show(lambda: assign(slice(2, 5), 5))
show(lambda: assign(slice(None, None, 2), 5))
show(lambda: assign(slice("a", None), [1]))
show(lambda: assign(slice(1.5, None), [1]))
show(lambda: assign(slice(None, None, 2), None))
show(lambda: assign(slice(2, 4), None))

def delete(s):
    a = list(range(10))
    del a[s]
    return a
for s in [slice(2, 5), slice(None, None, 2), slice(None, None, -2), slice(1, None, 3),
          slice(8, 1, -3), slice(None), slice(5, 2), slice(-3, None), slice(None, None, 100)]:
    print(s, delete(s))
show(lambda: delete(slice(None, None, 0)))

# self-assignment
a = [1, 2, 3]
a[1:2] = a
print(a)
a = [1, 2, 3]
a[::-1] = a
print(a)
a = [1, 2, 3, 4]
a[::2] = a[1::2]
print(a)

# item assignment and deletion with indexes
a = list(range(5))
a[-1] = "last"
a[0] = "first"
print(a)
show(lambda: a.__setitem__(5, 1))
show(lambda: a.__setitem__(-6, 1))
show(lambda: a.__setitem__("x", 1))
show(lambda: a.__setitem__(1.0, 1))
show(lambda: a.__getitem__(5))
show(lambda: a.__getitem__(-6))
show(lambda: a.__getitem__(10 ** 30))
show(lambda: a.__getitem__("x"))
show(lambda: a.__getitem__(None))
show(lambda: a.__delitem__(10))
show(lambda: a.__delitem__("x"))
del a[1]
del a[-1]
print(a)
class I:
    def __index__(self): return 1
print(a[I()], a[I():], [0, 1, 2][True])
a[I()] = "idx"
print(a)

# slices from slice objects
print([1, 2, 3][slice(1)], [1, 2, 3][slice(None, None, None)])
s = slice(1, 10, 2)
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(4))
print(list(range(10))[slice(I(), None)])
t = (0, 1, 2, 3, 4, 5)
print(t[::2], t[::-2], t[1:-1], t[10:], t[-100:2])
st = "abcdef"
print(st[::2], st[::-1], st[4:1:-1])
