# del of names, list items and slices, dict keys, and the errors when the target is missing.
x = 1
del x
print('x' in globals())
items = [0, 1, 2, 3, 4, 5]
del items[0]
print(items)
del items[-1]
print(items)
del items[1:3]
print(items)
items = list(range(10))
del items[::2]
print(items)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print("KeyError", e)
try:
    del items[100]
except IndexError as e:
    print("IndexError", e)
a, b = 1, 2
del a, b
print('a' in globals(), 'b' in globals())
def f():
    local = [1]
    del local
    return 'local' in locals()
print(f())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(e)
