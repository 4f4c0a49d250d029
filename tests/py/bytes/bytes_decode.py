# decode() of bytes and bytearray: codecs, error handlers, CPython's UnicodeDecodeError text.
from mod_show import rep, show

samples = [b'plain', b'caf\xc3\xa9', b'\xe2\x82\xac', b'a\xffb', b'a\xe2\x82', b'a\xe2\x82b',
           b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'\xc0\x80', b'\xf0\x9f\x98\x80', b'\x80abc',
           b'ok\xc3', b'\xe9t\xe9']
for base in samples:
    for s in (base, bytearray(base)):
        k = type(s).__name__
        show(f'{k}({base!r}).decode()', lambda: s.decode())
        for enc in ('utf-8', 'ascii', 'latin-1', 'UTF8', 'Latin1', 'us-ascii', 'iso-8859-1'):
            for err in ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape'):
                show(f'{k}({base!r}).decode({enc!r}, {err!r})', lambda: s.decode(enc, err))
for args, kw in [(('nope',), {}), (('utf-8', 'nope'), {}), ((1,), {}), (('utf-8', 2), {}),
                 ((), {'encoding': 'ascii'}), ((), {'errors': 'ignore'}), ((), {'bad': 1}),
                 (('a', 'b', 'c'), {}), (('utf-8',), {'encoding': 'utf-8'})]:
    show(f'decode{rep(args)}{kw}', lambda: b'a\xff'.decode(*args, **kw))
show('unknown handler unused', lambda: b'abc'.decode('utf-8', 'nope'))
try:
    bytearray(b'ab\xffcd').decode('ascii')
except UnicodeDecodeError as e:
    print(e.encoding, repr(e.object), type(e.object).__name__, e.start, e.end, e.reason)
try:
    b'\xe2\x82'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, str(e))
print(str(b'abc', 'ascii'), str(b'\xff', 'latin-1'), str(b'a\xffb', 'utf-8', 'replace'))
