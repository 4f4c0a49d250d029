# Aliasing versus copying: assignment shares, slicing/copy()/list() make shallow copies.
a = [1, [2, 3]]
b = a
c = a[:]
d = a.copy()
e = list(a)
a.append(4)
a[1].append("shared")
print(a)
print(b, b is a)
print(c, c is a, c[1] is a[1])
print(d, e)
x = {"k": [1]}
y = dict(x)
y["k"].append(2)
y["new"] = 1
print(x, y)
s = {1, 2}
t = set(s)
t.add(3)
print(s, t)
def mutate(lst):
    lst.append("mutated")
def rebind(lst):
    lst = ["rebound"]
    return lst
original = [0]
mutate(original)
print(original)
print(rebind(original), original)
tup = (1, 2)
tup2 = tup
tup += (3,)
print(tup, tup2)
lst = [1, 2]
lst2 = lst
lst += [3]
print(lst, lst2, lst is lst2)
lst = lst + [4]
print(lst, lst2, lst is lst2)
