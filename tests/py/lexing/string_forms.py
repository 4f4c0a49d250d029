# String literal forms: quote styles, triple quotes, raw strings, bytes, prefixes in any case.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mix "of" quotes', "mix 'of' quotes")
t = """line one
line two
    indented line three"""
print(t)
print(len(t), t.count("\n"))
print(r'raw \n stays', R"raw \t too", r'\\', r'\'')
print(rb'raw bytes \n', Rb'\x00', bR'x', BR"y")
print(b'bytes', B"BYTES", b'\x00\xff', b'\n')
print(u'unicode prefix', U"upper U")
print(repr(''), repr(""), repr(''''''), repr(b''))
print('''a 'quoted' "mix" inside''', """and ''' inside""")
s = '''
starts with newline'''
print(repr(s))
print(repr("""ends with quote\""""))
print('a' 'b' "c" '''d''')
print(r"""raw
triple \n""")
print(f'{1 + 1}', F"{'x'}", rf'{2}\n', fr"\t{3}", Rf'{4}')
