# complex(str): every accepted form (parentheses, whitespace, signs, j alone, inf/nan,
# underscores, exponents) and the malformed-string errors.
cases = ['1+2j', '(1-2j)', ' ( 1-2j ) ', '1', '-1', '+1.5', 'j', '-j', '+j', 'J', '2j', '-2.5J',
         '1+j', '1-j', '1e3+1e-3j', '1E3-1E-3J', '.5+.5j', '5.-5.j', 'inf', '-inf+nanj', 'nanj',
         'infj', '-infj', 'inf-infj', 'NaN+NaNj', '1_0+2_0j', '(1_0.5_0e1_0j)', '\t1+2j\n',
         '\u3000(1+1j)\u2003', '١+٢j', '0j', '-0j', '-0-0j', '0-0j', '1e400j', '1e400+1e400j',
         '1e-400j', '1+2j ', ' 1+2j', '(1+2j', '1+2j)', '((1+2j))', '()', '(', ')', '', ' ',
         '1+2', '1+2jj', '1 + 2j', '1+ 2j', '1 +2j', 'j1', '1j+2', '2j+1j', '1+2j+3j', '+',
         '-', '+-j', '++1j', '--1', '1e', '1e+j', 'e1j', 'ij', 'infinityj', '1+infinityj',
         'i', 'nan', 'x', '1_+2j', '1__0j', '_1j', '1+_2j', '1+2_j', '1+2j_', '(1+2j)_',
         '1\x00j', '1+2j\x00', '0x1j', '1,2j', '1.2.3j', '(j)', '( -j )', '-(1+2j)']
for s in cases:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
class S(str):
    pass
print(repr(complex(S('3-4j'))), type(complex(S('1'))).__name__)
for bad in [b'1+2j', bytearray if False else None, [1]]:
    try:
        complex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
