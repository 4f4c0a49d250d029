# bytes % args with buffer objects as arguments: bytearray and memoryview for %b/%s, one-byte
# bytearrays for %c, which of them count as mappings, and bytes subclasses on both sides.
def t(label, fmt, args):
    try:
        r = fmt % args
        print(label, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class SubBytes(bytes):
    def __bytes__(self):
        return b'never used: a bytes subclass formats as its own content'

class WithBytes:
    def __bytes__(self):
        return SubBytes(b'sub-from-__bytes__')

ba = bytearray(b'array')
mv = memoryview(b'view-bytes')
t('%s bytearray', b'%s', ba)
t('%b bytearray', b'[%b]', (ba,))
t('%5.3s bytearray', b'[%5.3s]', (ba,))
t('%s memoryview', b'%s', mv)
t('%s memoryview slice', b'%s', (mv[5:],))
t('%s memoryview step', b'%s', (mv[::2],))
t('%s empty bytearray', b'<%s>', bytearray())
t('%c bytearray', b'%c', bytearray(b'Q'))
t('%c long bytearray', b'%c', bytearray(b'QR'))
t('%c empty bytearray', b'%c', bytearray())
t('%c memoryview', b'%c', memoryview(b'Q'))
t('bytearray arg as value', b'abc', bytearray(b'x'))
t('memoryview arg as mapping', b'abc', memoryview(b'x'))
t('%(k)s on memoryview', b'%(k)s', memoryview(b'x'))
t('%s subclass', b'%s', SubBytes(b'own'))
t('%s __bytes__ subclass', b'%s', WithBytes())
t('subclass format', SubBytes(b'%s!'), b'x')
t('%a bytearray', b'%a', ba)
t('%d bytearray', b'%d', ba)
t('%x memoryview', b'%x', mv)
t('%f bytearray', b'%f', ba)
t('str % bytearray', '%s', bytearray(b'q'))
t('str % memoryview mapping', 'abc', memoryview(b'q'))
ba2 = bytearray(b'%s-%s')
t('bytes(bytearray) format', bytes(ba2), (b'a', b'b'))
