# Reference cycles through memoryviews (an instance dict holding views of its own bytearray)
# are collected, releasing the exported buffer; a live cycle keeps blocking resizes.
import gc
class BA(bytearray): pass
for i in range(3):
    b = BA(b'cycle')
    b.view = memoryview(b)
    b.slice = b.view[1:3]
    b.copy_ = memoryview(b.view)
    del b
    print(gc.collect() > 0)
class Holder:
    pass
h = Holder()
h.self = h
h.m = memoryview(bytearray(b'abc'))
h.m2 = h.m.cast('c')
del h
print(gc.collect() > 0)
b = BA(b'live')
b.view = memoryview(b)
gc.collect()
print(b.view.tobytes(), bytes(b))
try:
    b.append(1)
except BufferError as e:
    print('BufferError', e)
b.view.release()
b.append(33)
print(b)
