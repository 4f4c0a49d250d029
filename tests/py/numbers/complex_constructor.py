# complex(real, imag) from numbers, complex args, __complex__, __float__, __index__, keywords,
# subclasses, and the errors. Calls go through mod_num_helpers: CPython's DeprecationWarnings
# are shown only for calls from __main__, and Krait has no warnings yet.
import mod_num_helpers
def label(args):
    return ', '.join([type(a).__name__ if type(a).__module__ == '__main__' else repr(a)
                      for a in args])
def show(*args, **kw):
    try:
        r = mod_num_helpers.to_complex(*args, **kw)
        print(label(args), kw, repr(r), type(r).__name__)
    except Exception as e:
        print(label(args), kw, type(e).__name__, e)
show()
show(1)
show(1.5)
show(True)
show(1, 2)
show(1.5, -2.5)
show(1j)
show(1j, 1j)
show(1 + 2j, 3 + 4j)
show(1 + 2j, 3)
show(1, 3 + 4j)
show(0, -0.0)
show(-0.0, 0)
show(-0.0)
show(0.0, -0.0)
show(real=1)
show(imag=2)
show(real=1, imag=2)
show(1, imag=2)
show(1, real=2)
show(1, 2, 3)
show(1, foo=2)
show(2 ** 1024)
show(1, 2 ** 1024)
show(10 ** 20, 10 ** 20)
show('1', 2)
show(1, '2')
show(None)
show(1, None)
show([1])
show(1, [2])
show(float('inf'), float('nan'))
show(imag=1j)
show(imag='1')

class C:
    def __complex__(self):
        return 3 + 4j
class CBad:
    def __complex__(self):
        return 3.0
class CSub(complex):
    pass
class CSubRet:
    def __complex__(self):
        return CSub(5, 6)
class Fl:
    def __float__(self):
        return 2.5
class Ix:
    def __index__(self):
        return 7
class Both:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 9.0
class Raises:
    def __complex__(self):
        raise KeyError('nope')
for obj in [C(), CBad(), CSubRet(), Fl(), Ix(), Both(), Raises(), CSub(1, 2)]:
    show(obj)
show(C(), 1)
show(1, C())
show(Fl(), Fl())
show(Ix(), Ix())
show(1, Both())
print(repr(CSub(1, 2)), type(CSub(1, 2)).__name__, type(CSub('1+2j')).__name__,
      repr(CSub()), type(CSub(1j) + 1).__name__)
class CSubRepr(complex):
    def __repr__(self):
        return 'CSubRepr' + complex.__repr__(self)
print(CSubRepr(2, 3), repr(CSubRepr(2, 3) * 1), complex(CSubRepr(2, 3)))
c = 1 + 2j
print(complex(c) is c, complex(CSub(1, 2)) is not None, type(complex(CSub(1, 2))).__name__)
print((3 + 4j).__getnewargs__(), CSub(1, 2).__getnewargs__(), (-0j).__getnewargs__())
print(complex.__complex__(1j), type(CSub(1, 2).__complex__()).__name__)
