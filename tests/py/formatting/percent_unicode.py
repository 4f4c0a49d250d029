# str % args with text beyond ASCII: formats and arguments of every width (1, 2 and 4 bytes
# per character), padding counted in code points, %c of astral characters, keys in any script.
def t(fmt, args):
    try:
        r = fmt % args
        print(ascii(fmt), '->', ascii(r), len(r))
    except Exception as e:
        print(ascii(fmt), '!!', type(e).__name__, e)

t('caf\u00e9 %s', 'cr\u00e8me')
t('\u65e5\u672c %s \u8a9e', 'x')
t('%s', '\U0001F600\U0001F601')
t('%5s|%-5s|', ('\u00e9', '\u65e5'))
t('%-6s|%6s|', ('\U0001F600', '\U0001F600x'))
t('%.2s|%.1s|', ('\u65e5\u672c\u8a9e', '\U0001F600\u00e9'))
t('%c%c%c', (0xe9, 0x65e5, 0x1F600))
t('%3c|%-3c|', (0x1F600, '\u00e9'))
t('%r', '\u65e5\n\U0001F600')
t('%a', '\u65e5\n\U0001F600')
t('%10r|', '\u00e9')
t('%-10a|', '\u00e9')
t('\U0001F600%d\U0001F600', 5)
t('\u00e9%05.1f\u00e9', 2.25)
t('%(\u540d)s', {'\u540d': '\u5024'})
t('%(\U0001F600)s', {'\U0001F600': 'emoji key'})
t('%s' * 3, ('a', '\u00e9', '\U0001F600'))
t('%s%s', ('\U0001F600', 'a'))
t('%s', '')
t('\u00e9%%\u00e9', ())
t('%\u00e9', 1)
t('%\U0001F600', 1)
t('\u65e5%y', 1)
t('\U0001F600\U0001F600%5z', 1)
t('%(key)\u00e9', {'key': 1})
t('%c', 0xD800)
t('%s', '\ud800')
t('%a', '\ud800')
parts = []
for i in range(0, 0x10000, 0x1111):
    parts.append('%c' % i)
print(ascii(''.join(parts)))
print(ascii('%-3s|' * 4 % ('a', '\u00e9', '\u0100', '\U00010000')))
