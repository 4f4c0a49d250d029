# Adjacent string literal concatenation, including across lines and mixed with f-strings.
s = 'a' "b" '''c''' """d"""
print(s)
n = 3
print('x' f'{n}' 'y', f'{n}' f'{n + 1}')
print(b'ab' b'cd', rb'\n' b'\n')
long = ("one "
        "two "
        'three')
print(long)
print(('a'
       # comment between parts
       'b'))
print(len('abc' 'def'))
print(['a' 'b', 'c'])
print(r'\n' '\n' == '\\n\n')
