# While a buffer of a bytearray is exported (memoryviews, slices of them), it cannot change
# size: BufferError; same-size changes are fine; releasing makes it resizable again.
from mod_show import rep, show

def attempt(label, action):
    b = bytearray(b'abcdef')
    m = memoryview(b)
    try:
        action(b)
    except Exception as e:
        print(label, '->', type(e).__name__, e, b)
    else:
        print(label, '->', 'ok', b, m.tobytes())
    m.release()
    action2 = b.append(33)
    print('   after release:', b)

attempt('append', lambda b: b.append(1))
attempt('extend', lambda b: b.extend(b'xy'))
attempt('extend empty', lambda b: b.extend(b''))
attempt('extend []', lambda b: b.extend([]))
attempt('insert', lambda b: b.insert(0, 1))
attempt('pop', lambda b: b.pop())
attempt('remove', lambda b: b.remove(97))
attempt('remove missing', lambda b: b.remove(1))
attempt('clear', lambda b: b.clear())
attempt('reverse', lambda b: b.reverse())
attempt('+=', lambda b: b.__iadd__(b'x'))
attempt('+= empty', lambda b: b.__iadd__(b''))
attempt('*= 2', lambda b: b.__imul__(2))
attempt('*= 1', lambda b: b.__imul__(1))
attempt('*= 0', lambda b: b.__imul__(0))
attempt('setitem', lambda b: b.__setitem__(0, 65))
attempt('same-size slice', lambda b: b.__setitem__(slice(0, 2), b'XY'))
attempt('growing slice', lambda b: b.__setitem__(slice(0, 2), b'XYZ'))
attempt('shrinking slice', lambda b: b.__setitem__(slice(0, 2), b'X'))
attempt('extended slice', lambda b: b.__setitem__(slice(None, None, 2), b'123'))
attempt('del item', lambda b: b.__delitem__(0))
attempt('del slice', lambda b: b.__delitem__(slice(1, 3)))
attempt('del empty slice', lambda b: b.__delitem__(slice(1, 1)))
attempt('del extended', lambda b: b.__delitem__(slice(None, None, 2)))
attempt('del empty extended', lambda b: b.__delitem__(slice(10, 20, 2)))
attempt('__init__', lambda b: b.__init__(b'new'))
attempt('__init__ same', lambda b: b.__init__(b'abcdef'))

b = bytearray(b'xyz')
views = [memoryview(b), memoryview(b)[1:], memoryview(memoryview(b)), memoryview(b).cast('c')]
for i, v in enumerate(views):
    show(f'append with {len(views) - i} views', lambda: b.append(0))
    v.release()
show('append with none', lambda: b.append(0))
print(b)
b = bytearray(b'ctx')
with memoryview(b) as m:
    show('append in with', lambda: b.append(1))
    m[0] = 67
show('append after with', lambda: b.append(2))
print(b)
b = bytearray(b'gc')
m = memoryview(b)
del m
b.append(0)
print(b)
b = bytearray(b'slice')
s = memoryview(b)[1:3]
show('append with slice alive', lambda: b.append(0))
del s
show('append after slice dropped', lambda: b.append(0))
print(b)
