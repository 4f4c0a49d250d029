# bytearray item assignment and deletion: ints, __index__, range checks and the errors.
from mod_show import rep, show

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f'Idx({self.v})'

def assign(key, value):
    b = bytearray(b'abcdef')
    b[key] = value
    return b

def delete(key):
    b = bytearray(b'abcdef')
    del b[key]
    return b

for key in (0, 5, -1, -6, 6, -7, True, Idx(2), Idx(-2), 2**70, -2**70, 'a', 1.0, None, (1,)):
    for value in (65, 0, 255, 256, -1, Idx(66), True, 'a', b'a', 1.5, None, 2**70):
        show(f'b[{rep(key)}] = {rep(value)}', lambda: assign(key, value))
    show(f'del b[{rep(key)}]', lambda: delete(key))
    show(f'b[{rep(key)}]', lambda: bytearray(b'abcdef')[key])

b = bytearray(b'xyz')
b[0] += 1
b[-1] -= 1
b[1] *= 2
print(b)
show('overflow +=', lambda: exec('c = bytearray(b"\\xff"); c[0] += 1'))

# a value whose __index__ shrinks the array: converted before the bounds are checked
b = bytearray(b'abc')
class Shrinker:
    def __index__(self):
        b.clear()
        return 65
show('shrinking value', lambda: b.__setitem__(2, Shrinker()))
print(b)
b = bytearray(b'abc')
b.__setitem__(1, 66)
b.__delitem__(0)
print(b, b.__getitem__(0))
