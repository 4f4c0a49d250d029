# complex equality and hashing with ints, floats, bools, big ints; ordering errors; // and %
# errors (3.11's messages); int()/float() of complex; complex in sets and dicts.
pairs = [(1 + 0j, 1), (1 + 0j, 1.0), (1 + 0j, True), (0j, 0), (0j, False), (0j, -0.0),
         (1 + 1j, 1), (2 ** 53 + 0j, 2 ** 53 + 1), (2 ** 53 + 0j, 2 ** 53), (1e300 + 0j, 10 ** 300),
         (complex(float('nan'), 0), float('nan')), (complex(float('inf'), 0), float('inf')),
         (1j, 1j), (1j, -1j), (1j, 'j'), (1j, None), (1j, [1j]), (-0j, 0j)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, b == a, a != b, b != a)
for c in [0j, 1 + 0j, 1.5 + 0j, -1 + 0j, 1j, -1j, 1 + 1j, 2.5 - 3.5j, complex(1e300, -1e300),
          complex(float('inf'), 0), complex(0, float('-inf')), complex(2 ** 61 - 1, 0),
          complex(-1, 0), complex(-2, 0), complex(0, -1)]:
    print(repr(c), hash(c))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == hash(0))
print(len({1, 1.0, 1 + 0j, True}), {1 + 0j: 'a', 1: 'b'}, {0j, -0j, 0, 0.0})
for op in ['<', '<=', '>', '>=']:
    for a, b in [(1j, 2j), (1j, 1), (1, 1j), (1.5, 1j), (1j, 'x')]:
        try:
            print(eval('a ' + op + ' b'))
        except TypeError as e:
            print(type(e).__name__, e)
for f in [lambda: 1j // 2, lambda: 1j % 2, lambda: 2 // 1j, lambda: 2.0 % 1j, lambda: divmod(1j, 2),
          lambda: divmod(2, 1j), lambda: int(1j), lambda: float(1j), lambda: int(1 + 0j),
          lambda: float(0j), lambda: round(1j), lambda: 1j < 2, lambda: abs(1j) < 2,
          lambda: 1j & 1, lambda: ~1j, lambda: 1j << 1, lambda: (1j).__floordiv__(1),
          lambda: (1j).__mod__(1), lambda: (1j).__divmod__(1), lambda: (1j).__lt__(1),
          lambda: (1j).__eq__(1j), lambda: (1j).__eq__('x'), lambda: (1 + 0j).__eq__(1),
          lambda: (1j).__int__(), lambda: (1j).__float__(), lambda: sorted([2j, 1j]),
          lambda: max(1j, 2j), lambda: hex(1j), lambda: 1j ** 2 ** 2,
          lambda: complex.__new__(int), lambda: complex.__new__(complex, 1, 2)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print('__floordiv__' in dir(complex), '__mod__' in dir(complex), '__lt__' in dir(complex),
      '__int__' in dir(complex), '__float__' in dir(complex), '__getnewargs__' in dir(complex),
      '__format__' in complex.__dict__, '__complex__' in dir(complex))
