# \N{name} escapes in string literals (they need the Unicode character name table).
print('\N{LATIN SMALL LETTER E WITH ACUTE}' == '\xe9')
print('\N{GREEK SMALL LETTER ALPHA}\N{DIGIT ONE}')
print(repr('\N{NO-BREAK SPACE}'), repr('\N{EM DASH}'), len('\N{SNAKE}'), ord('\N{SNAKE}'))
print('\N{latin capital letter a}', '\N{BULLET} item')
print(r'\N{SNAKE}', len(r'\N{SNAKE}'))
try:
    eval("'\\N{NOT A REAL CHARACTER NAME}'")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
