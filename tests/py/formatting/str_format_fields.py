# str.format and str.format_map: field names with indexes and attributes, auto and manual
# numbering, conversions, nested specs, escaped braces, and every error.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.coords = [x, y]
        self.meta = {'label': 'P', '0': 'str-zero'}
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

p = Point(3, -4)
def show(template, *args, **kwargs):
    try:
        print(repr(template), '->', repr(template.format(*args, **kwargs)))
    except Exception as e:
        print(repr(template), '!!', type(e).__name__, e)

show('{} {} {}', 1, 'two', 3.0)
show('{0} {1} {0}', 'a', 'b')
show('{2}{1}{0}', 'x', 'y', 'z')
show('{name} is {age}', name='Ada', age=36)
show('{0[1]} {0[0]}', ['first', 'second'])
show('{0[key]}', {'key': 'v'})
show('{0[0]}', {0: 'int key', '0': 'str key'})
show('{0.x},{0.y}', p)
show('{p.coords[1]} {p.meta[label]} {p.meta[0]}', p=p)
show('{0.coords[0]:>5}|', p)
show('{0!r} {0!s} {0!a}', 'caf\u00e9')
show('{0!r:>12}|', 'x')
show('{:{}}|', 'ab', 6)
show('{:{}{}}|', 'ab', '>', 6)
show('{0:{1}.{2}f}', 3.14159, 10, 2)
show('{:{width}.{prec}}', 2.718281828, width=10, prec=4)
show('{x:{fill}^{w}}', x='mid', fill='-', w=9)
show('{{}} {{0}} {{{0}}}', 5)
show('{{', )
show('}}', )
show('{0}{{{1}}}', 'a', 'b')
show('{0:}', 7)
show('{0!s:}', 7)
show('{:d}', True)
show('{:,}', 10**10)
show('{0:0{1}}', 5, 4)
show('{0.real}', 5)
show('{0.__class__.__name__}', 1.5)
show('{0[-1]}', [1, 2])
show('{0[ ]}', {' ': 'space'})
show('{0[a.b]}', {'a.b': 'dotted'})
show('{0[a[b]}', {'a[b': 'bracket'})
show('{ 0}', 1)
show('{0 }', 1)
show('{-1}', 1)
show('{00}', 'zero-zero')
show('{0x}', 1)
show('{\u00e9}', **{'\u00e9': 'accent'})
# errors
show('{', 1)
show('}', 1)
show('{0', 1)
show('{0:', 1)
show('{0!', 1)
show('{0!x}', 1)
show('{0!rr}', 1)
show('{0!r', 1)
show('{0:{1:{2}}}', 1, 2, 3)
show('{0:{}}', 1, 2)
show('{}{0}', 1, 2)
show('{0}{}', 1, 2)
show('{}', )
show('{1}', 1)
show('{name}', 1)
show('{0.missing}', p)
show('{0[5]}', [1])
show('{0[x]}', [1])
show('{0.}', p)
show('{0[]}', [1])
show('{0[0]x}', [[1]])
show('{0]}', 1)
show('{0..x}', p)
show('{.x}', p)
show('{[0]}', [9])
show('{0:d}', 'str')
show('{0:x}', 1.5)
show('{:s}', 5)
show('{99999999999999999999}', 1)
show('{0[99999999999999999999]}', [1])
show('{!r}', 'auto')
show('{:}', 'auto')
show('{{{}}}', 'auto')
show('{0!r:{1}}', 'nested', 10)
show('{0:{a}}', 'kw-nested', a='>8')
# format_map
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {b}'.format_map(Default(a=1)))
print('{a.real} {b[0]}'.format_map({'a': 2, 'b': 'xyz'}))
for template, mapping in [('{0}', {'0': 'zero'}), ('{}', {}), ('{x}', {}), ('{x}', []),
                          ('{x:>{w}}', {'x': 1, 'w': 4})]:
    try:
        print(repr(template.format_map(mapping)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    '{}'.format_map()
except TypeError as e:
    print('TypeError', e)
try:
    '{}'.format_map({}, {})
except TypeError as e:
    print('TypeError', e)
print('{0}'.format(*['star']), '{a}'.format(**{'a': 'dstar'}))
print(str.format('{}-{}', 1, 2), type(str.format).__name__)
class S(str):
    pass
print(repr(S('{}!').format(1)), type(S('{}!').format(1)).__name__)
