# f-strings: conversions, nested replacement fields in specs, '=' self-documenting fields
# (whitespace kept), conversions and specs with '=', braces, and expressions of every kind.
x, y, name, pi = 10, -3, 'caf\u00e9', 3.14159265
items = [1, 2, 3]
d = {'key': 'value', 1: 'one'}
print(f'{x} {y} {name} {pi}')
print(f'{name!r} {name!s} {name!a}')
print(f'{name!r:>12}|{name!a:<14}|{name!s:^9}|')
print(f'{x!r:>5}|{pi!s:.4}|')
width, prec, fill, align = 12, 3, '*', '^'
print(f'{pi:{width}.{prec}f}|')
print(f'{pi:{fill}{align}{width}.{prec}}|')
print(f'{x:{"<"}{width}}|')
print(f'{x:{width // 2}d}|{x:0{width}}|')
print(f'{"nested":{fill}>{width}}')
print(f'{x=}')
print(f'{x = }')
print(f'{x   =   }')
print(f'{ x = }')
print(f'{x=!r}')
print(f'{name=!a}')
print(f'{name=!s}')
print(f'{name=}')
print(f'{pi=:.2f}')
print(f'{pi = :10.3f}|')
print(f'{x*2+1=}')
print(f'{items[1:]=}')
print(f'{d["key"]=}')
print(f'{len(items)=:>5}')
print(f'{x=}{y=}')
print(f'{{}}', f'{{x}}', f'{{{x}}}', f'{{{{x}}}}')
print(f'a{{b{x}c}}d')
print(f'{"}"}', f'{"{"}', f"{'{}'}")
print(f'{x:}', f'{x!s:}', f'{name!r:}')
print(f'{d[1]} {d["key"]} {items[-1]}')
print(f'{(lambda v: v * 2)(x)}')
print(f'{x if x > 5 else y}')
print(f'{[i * i for i in items]}')
print(f'{x:#x} {x:#o} {x:#b} {x:08.3f} {x:e}')
print(f'{-0.0:z.1f} {-0.0001:z.2f} {-0.0:.1f}')
print(f'{1234567:,} {1234567:_} {0.5:%} {0.125:.1%}')
print(f'{3+4j} {3+4j:.2f} {-1j:>8}')
print(f'{True} {True:d} {True:>5} {None} {None!r}')
print(f'''{
x
}''')
print(f"{'quoted'!r}", f'{"dq"!r}')
print(F'{x}', rf'\n{x}', fr'{x}\t', f'\t{x}\n'.strip())
print(f'{x}' f'{y}' 'plain' f'{name}')
print(f'{"abc":.{prec - 1}}')
print(f'{pi:.{prec}}')
print(f'{pi!r:.{prec}}')
print(f'{x:{"d"}}')
w = 7
print(f'{"left":<{w}}|{"right":>{w}}|{"mid":^{w}}|')
print(f'{x:>{w}}{y:<{w}}|')
for v in [0, 1, -1, 255, 1000000]:
    print(f'{v:>10,d}|{v:<#10x}|{v:^+10}|{v:010b}|')
try:
    print(f'{x:{"}"}}')
except ValueError as e:
    print('ValueError', e)
try:
    print(f'{x:q}')
except ValueError as e:
    print('ValueError', e)
try:
    print(f'{name:d}')
except ValueError as e:
    print('ValueError', e)
try:
    print(f'{x!r:{"y"}}')
except ValueError as e:
    print('ValueError', e)
