# Iterating weak containers while their items die: no errors, and dead items vanish
# once iteration ends.
import weakref


class O:
    def __init__(self, n):
        self.n = n


objs = [O(i) for i in range(10)]
wv = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
wk = weakref.WeakKeyDictionary((o, o.n) for o in objs)
ws = weakref.WeakSet(objs)

seen = []
for k in wv:
    seen.append(k)
    if k == 2:
        del objs[5:]
print(len(seen) >= 3, len(wv), sorted(wv))

objs = [O(i) for i in range(10)]
wk = weakref.WeakKeyDictionary((o, o.n) for o in objs)
count = 0
for k, v in wk.items():
    count += 1
    if count == 1:
        objs[:] = objs[:3]
print(count >= 1, len(wk), sorted(wk.values()))

objs = [O(i) for i in range(10)]
ws = weakref.WeakSet(objs)
n = 0
for e in ws:
    n += 1
    if n == 1:
        del objs[:8]
    e = None
print(n >= 1, len(ws), sorted(o.n for o in ws))

# Adding during iteration still raises as for dicts and sets.
objs = [O(i) for i in range(3)]
wv = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
try:
    for k in wv:
        wv[100 + k] = objs[0]
except RuntimeError as e:
    print("RuntimeError:", e)
wk = weakref.WeakKeyDictionary((o, 1) for o in objs)
extra = [O(9) for _ in range(5)]
try:
    for k in wk:
        for x in extra:
            wk[x] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
ws = weakref.WeakSet(objs)
try:
    for e in ws:
        for x in extra:
            ws.add(x)
except RuntimeError as e:
    print("RuntimeError:", e)

# Deaths during an unfinished iteration are applied once the iterator goes away.
objs = [O(i) for i in range(4)]
# One member, so that the set's first item (the one kept alive) is known.
ws = weakref.WeakSet(objs[:1])
wv = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
wk = weakref.WeakKeyDictionary((o, o.n) for o in objs)
its = [iter(ws), iter(wv), iter(wk), iter(wv.values()), iter(wk.items())]
firsts = [next(it) for it in its]
del objs[:]
print(len(ws), len(wv), len(wk))
del its, firsts
print(len(ws), len(wv), len(wk), len(ws.data), len(wv.data), len(wk.data))
for k in wv:
    break
print(len(wv.data), list(wv), list(wk), list(ws))

# len() while items die.
objs = [O(i) for i in range(5)]
wv = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
lens = []
while objs:
    lens.append(len(wv))
    objs.pop()
lens.append(len(wv))
print(lens)
