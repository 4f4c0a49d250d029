# f-strings whose specs are built from nested fields: every option from a variable, specs
# that come from calls and conversions, f-strings inside f-strings, and specs in loops.
table = [('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 144, 0.015625),
         ('dragonfruit', 1, 12.0)]
for fill in ['.', '*', ' ', '\u00b7']:
    for align in '<>^':
        w = 14
        print(f'[{table[0][0]:{fill}{align}{w}}]', end=' ')
    print()
name_w = max([len(name) for name, _, _ in table])
for name, qty, price in table:
    print(f'{name:<{name_w}} | {qty:>{len(str(max([q for _, q, _ in table])))}d} | '
          f'{price:>{8}.{4}f} | {qty * price:>{10},.{2}f}')
specs = ['>8', '<8', '^8', '08.3f', '+.2e', ',', '_x', '#b', 'z.1f']
for v in [42, -0.001, 65535, 3.5]:
    cells = []
    for s in specs:
        try:
            cells.append(f'{v:{s}}')
        except ValueError as e:
            cells.append('ERR')
    print(' | '.join(cells))
def spec_for(kind):
    return {'money': ',.2f', 'pct': '.1%', 'hex': '#06x'}[kind]
print(f'{1234567.891:{spec_for("money")}} {0.4567:{spec_for("pct")}} {255:{spec_for("hex")}}')
print(f'{"inner":>{len(f"{12345}")}}|')
print(f'{f"{3.14159:.2f}":>10}|')
print(f'{f"{1}" + f"{2}"!r:^8}|')
print(f'{"x"!r:{"^"}{9}}|')
print(f'{3:{"0"}{5}}|{3:{"+"}{5}}|{3:{"#"}{"x"}}')
sign, alt, zero, width, comma, prec, kind = '+', '#', '0', 12, ',', 3, 'f'
print(f'{-1234.5:{sign}{alt}{zero}{width}{comma}.{prec}{kind}}|')
print(f'{1234.5:{sign}{zero}{width}{comma}.{prec}{kind}}|')
print(f'{"abc":{"*"}>{width - 5}.{2}}|')
for n in range(1, 6):
    print(f'{"#" * n:>{n + 5}}{n:0{n}d}')
nested = [[1, 22, 333], [4444, 5, 66]]
for row in nested:
    print(' '.join([f'{cell:>{max([len(str(c)) for r in nested for c in r])}}' for cell in row]))
