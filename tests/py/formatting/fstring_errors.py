# f-string syntax errors, compiled from source text: CPython 3.11's messages.
sources = [
    "f'{}'",
    "f'{ }'",
    "f'{x!}'",
    "f'{x!z}'",
    "f'{x!rr}'",
    "f'{x!r=}'",
    "f'{'",
    "f'}'",
    "f'{x'",
    "f'{x:'",
    "f'{x!r'",
    "f'{x:{y:{z}}}'",
    "f'{x:{{y}}}'",
    "f'{#}'",
    "f'{x#}'",
    "f'{\\'a\\'}'",
    "f'{lambda x: 1}'",
    "f'{yield}'",
    "f'{*x}'",
    "f'{x=!}'",
    "f'{x:}}'",
    "f'a}b'",
    "f'{x}}'",
    "f'{{x}'",
    "f'{a b}'",
    "f'{)}'",
    "f'{x:{}}'",
]
for src in sources:
    try:
        compile(src, '<test>', 'eval')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError:', e.msg)
