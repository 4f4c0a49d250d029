# partition, rpartition, removeprefix and removesuffix on bytes and bytearray.
from mod_show import rep, show

for base in (b'key=value=more', b'novalue', b'=start', b'end=', b''):
    for s in (base, bytearray(base)):
        k = type(s).__name__
        for sep in (b'=', bytearray(b'=v'), b'more', b'x'):
            show(f'{k}({rep(base)}).partition({rep(sep)})', lambda: s.partition(sep))
            show(f'{k}({rep(base)}).rpartition({rep(sep)})', lambda: s.rpartition(sep))
for bad in ['=', b'', 61, None, memoryview(b'a=b')[::2]]:
    show(f'partition({rep(bad)})', lambda: b'a=b'.partition(bad))
    show(f'bytearray.rpartition({rep(bad)})', lambda: bytearray(b'a=b').rpartition(bad))
show('partition()', lambda: b'a'.partition())
r = b'a=b'.partition(memoryview(b'='))
print(type(r[1]).__name__, bytes(r[1]))
r = bytearray(b'a=b').partition(memoryview(b'='))
print(r, type(r[1]).__name__)

for base in (b'prefix-body-suffix', b'', b'pre'):
    for s in (base, bytearray(base)):
        k = type(s).__name__
        for affix in (b'prefix-', b'-suffix', b'', b'pre', bytearray(b'prefix'), memoryview(b'suffix'),
                      b'prefix-body-suffix!', base):
            show(f'{k}({rep(base)}).removeprefix({rep(affix)})', lambda: s.removeprefix(affix))
            show(f'{k}({rep(base)}).removesuffix({rep(affix)})', lambda: s.removesuffix(affix))
for bad in ['p', 1, None]:
    show(f'removeprefix({rep(bad)})', lambda: b'p'.removeprefix(bad))
    show(f'removesuffix({rep(bad)})', lambda: bytearray(b'p').removesuffix(bad))
