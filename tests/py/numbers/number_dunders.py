# The number dunders called directly: NotImplemented for foreign operands, reflected forms,
# mixed int/float/complex, bool results, and the slot wrappers' argument errors.
pairs = [(5, 2), (5, 2.0), (5.0, 2), (5, 2j), (2j, 5), (True, 2), (5, 'x'), (2.5, None)]
names = ['__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__',
         '__rtruediv__', '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__divmod__',
         '__rdivmod__', '__pow__', '__rpow__', '__lshift__', '__rshift__', '__and__', '__or__',
         '__xor__', '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']
for a, b in pairs:
    row = []
    for name in names:
        f = getattr(a, name, None)
        if f is None:
            row.append('-')
            continue
        try:
            r = f(b)
            row.append('NI' if r is NotImplemented else repr(r))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(a), repr(b), ' '.join(row))
for v in [7, -7, 2.5, -0.0, 3 + 4j, True]:
    row = []
    for name in ['__neg__', '__pos__', '__abs__', '__invert__', '__int__', '__float__',
                 '__index__', '__bool__', '__trunc__', '__floor__', '__ceil__', '__hash__']:
        f = getattr(v, name, None)
        if f is None:
            row.append('-')
            continue
        try:
            row.append(repr(f()))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(v), ' '.join(row))
for f, args in [(int.__add__, (1,)), (int.__add__, (1, 2, 3)), (float.__add__, (1.0,)),
                (int.__neg__, (1, 2)), (float.__pow__, (2.0, 3, 4, 5)), (int.__pow__, (2,)),
                (int.__add__, ('a', 1)), (float.__add__, (1, 1.0)), (complex.__add__, (1, 1j))]:
    try:
        print(f(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(int.__pow__(2, 10, 1000), int.__rpow__(10, 2, 1000), float.__pow__(2.0, 0.5),
      complex.__pow__(1j, 2), int.__pow__(2, 10, None))
print((1).__eq__(1.0), (1.0).__eq__(1), (1j).__ne__(1), (1).__lt__(2.5), (2.5).__gt__(1))
print((2 ** 64).__eq__(2.0 ** 64), (2.0 ** 64).__eq__(2 ** 64 + 1), (1).__eq__('1'))
print(int.__sizeof__(0) > 0, (1.5).__sizeof__() > 0, (1j).__sizeof__() > 0)
