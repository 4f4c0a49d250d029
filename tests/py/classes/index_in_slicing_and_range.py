# __index__ lets objects act as integers in slices, range, indexing, bin/hex and operator.index.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


data = list(range(10))
print(data[Idx(2)])
print(data[Idx(1):Idx(7):Idx(2)])
print("abcdef"[Idx(-2):])
print(list(range(Idx(3))))
print(list(range(Idx(1), Idx(10), Idx(3))))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print([0] * Idx(3))
print((1, 2, 3)[Idx(0)])


class BadIdx:
    def __index__(self):
        return "no"


try:
    data[BadIdx()]
except TypeError as e:
    print("TypeError:", e)
try:
    data[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    range(1.0)
except TypeError as e:
    print("TypeError:", e)
