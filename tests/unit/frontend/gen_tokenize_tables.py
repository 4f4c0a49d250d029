#!/usr/bin/env python3
# gen_tokenize_tables.py: prints the expectation tables of test_tokenize.c (`tokens`) and
# test_tokenize_error.c (`errors`) from CPython 3.11, which must be the python3 running this:
# tokens from its C tokenizer (tokenize._generate_tokens_from_c_tokenizer, byte columns),
# completed for INDENT, DEDENT and ENDMARKER with the conventions of frontend/tokenize.h;
# errors as the fields of the SyntaxError that compile(src, 'x.py', 'exec') raises. Paste the
# output over the tables (between "clang-format off" and "on") and the X-macro list after them.
import keyword
import sys
import token
import tokenize
import warnings

warnings.simplefilter('ignore')  # "invalid decimal literal" warnings for 1if x else y

TOKEN_CASES = [
("simple_assignment", "x = 1\n"),
("no_final_newline", "x = 1"),
("empty_source", ""),
("comment_only_source", "# just a comment"),
("indent_dedent", "if x:\n    y = 1\n    if z:\n        pass\n    w\nv\n"),
("dedent_at_eof", "def f():\n  if a:\n    return 1"),
("blank_and_comment_lines", "if x:\n\n    # comment\n  \n    y\n\n# end\n"),
("comment_after_code", "x = 1  # set x\ny\n"),
("implicit_line_joining", "foo(1,\n    2, [3,\n  4],\n# c\n  {5: 6})\nz\n"),
("backslash_continuation", "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n"),
("tabs_indentation", "if x:\n\ty\n\tif z:\n\t\tw\n"),
("string_prefixes", "a = r'x' u'x' b'x' br'x' rb'x' f'x' fr'x' rf'x' R'x' U'x' B'x' BR'x' Rb'x' bR'x' F'x' fR'x' Rf'x' FR'x'\n"),
("string_quotes", "'a' \"b\" '''c''' \"\"\"d\"\"\" '' \"\" '\\'' \"\\\"\" 'x\\\\'\n"),
("triple_quoted_multiline", "s = '''one\ntwo\nthree''' + \"\"\"\n\"\"\"\nt\n"),
("fstring_is_one_token", "f'{x!r:>{width}} {y[\"k\"]}' + rf\"{a}\\{b}\"\n"),
("string_with_escaped_newline", "s = 'ab\\\ncd'\n"),
("prefix_like_names", "ub ur bu fb bf rr be fo u1 r_ f\n"),
("numbers_decimal", "0 00 0_0 7 1_000 123456789012345678901234567890\n"),
("numbers_radix", "0x1F 0XdeadBEEF 0x_1_f 0o17 0O_7 0b101 0B_1_0\n"),
("numbers_float", "1.5 1. .5 1e10 1E+5 1e-5 1_0.0_1e1_0 0.0 09.5 00.5 0e0 1.e5\n"),
("numbers_imaginary", "1j 1J 1.5j .5j 1e3j 0j 09j 0_0j\n"),
("number_then_non_ascii_name", "x = 1\u00e9 + 0x1\u00e9 + 1.5j\u00e9\n"),
("number_then_keyword", "1if x else 2\n[0x1for x in y]\n1or 2\n1and 2\n1in x\n1is x\n1not in x\nx = 1else 3\n0o7or 1.5if 1jelse 2\n"),
("ellipsis_and_dots", "x = ...\na.b\n. . .\nx[..., 1]\n"),
("operators_longest_match", "a **= b //= c >>= d <<= e -> f := g != h == i <= j >= k ** l // m << n >> o @= p @ q\n"),
("all_single_char_operators", "( ) [ ] : , ; + - * / | & < > = . % { } ~ ^ @\n"),
("all_augmented_operators", "+= -= *= /= %= &= |= ^= <<= >>= **= //= @=\n"),
("keywords", "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield\n"),
("soft_keywords_are_names", "match case _ type print\n"),
("non_ascii_identifiers", "\u00e9t\u00e9 = \u03c0r if 0 else \u4e2d\u6587_\u0661 + a\u0300 + \u2118\n"),
("non_ascii_in_strings_and_comments", "s = '\u20ac \U0001F600'  # caf\u00e9 \u20ac\nt\n"),
("form_feed", "\fx = 1\nif y:\n  \f  z\n"),
("error_tokens", "a $ b ? c ! d ` e <> f <>= g \u00e9$\n"),
("semicolons", "a; b;\n"),
("decorator_and_def", "@dec\ndef f(a, *b, **c) -> int:\n    return a\n"),
("backslash_in_indentation", "if 1:\n   \\\n  x\n"),
("brackets_keep_level_across_blank_lines", "x = [\n\n    1,\n\n]\n"),
]

ERROR_GROUPS = [
("numeric_literal_errors", [
 "1_\n", "x = 1__2\n", "0x\n", "0x_\n", "0xg\n", "x = 0xabcdefg\n", "x = 0x_1_\n", "x = 0x1j\n",
 "0o8\n", "0o18\n", "x = 0o1_9\n", "0o\n", "x = 0o_\n", "0o1a\n", "x = 0o7e1\n",
 "0b2\n", "x = 0b102\n", "0b\n", "x = 0b1_\n", "0b1a\n", "x = 0b1e1\n",
 "012\n", "x = 0012 + 1\n", "x = 0_9\n", "x = 00_1\n", "\u00e9 = 012\n",
 "1e\n", "1e+\n", "1e+x\n", "x = 1.e\n", "x = 1e_1\n", "x = 1_e1\n", "x = 1._5\n",
 "x = 1e1_\n", "x = 1.0_\n", "1abc\n", "1.5abc\n", "\u00e9 + 1_\n", "1_\u00e9\n",
 "1jx\n", "x = 1.5j2\n",
]),
("string_errors", [
 "'abc\n", "x = 'abc", "x = rb'ab\n", "x = 'a' 'b\n", "\u00e9 + 'abc\n", "x = '\u00e9\n",
 "x = 'ab\\\ncd\n", "(\n  'abc\n)", "x = 'abc\\\n",
 "x = '''abc\n\ndef", "s = \"\"\"\nab\n", "'''\n\n\n", "x = (\n'''abc", "x = '''abc\\\n",
]),
("bracket_errors", [
 "x = )\n", "x = ]\n", "\u00e9 = )\n", "x = 1\n)\n", "x = (]\n", "x = (\n]\n",
 "x = {\n\n  1 )\n", "x = (1,\n  2]\n",
 "x = (1,\n", "x = (1,\ny = 2\n", "foo(\n  [1,\n", "x = ((((\n", "\u00e9 = (\n", "\u00e9 = (\n1,\n2\n",
 "def f():\n  x = (\n", "(1 +\n", "x = '''a\nb''' + (\n", "x = 1 +\\\n  (\n",
 "x = (1 \\\n", "x = (1 \\\n\n", "x = ('ab'\n", "x = 1 + (\n 'abc' + \\\n",
]),
("indentation_errors", [
 "if x:\n    a\n  b\n", "if x:\n    \u00e9 = 1\n  \u00e9b\n", "if 1:\n  x\n \\\n  y\n",
 "if x:\n\ta\n        b\n", "if x:\n        a\n\tb\n", "if x:\n  \ta\n\t  b\n",
 "if 1:\n\tx\n \ty\n", "if 1:\n \tx\n\ty\n", "if x:\n        a\n\t\u00e9\n",
]),
("character_errors", [
 "x = a \u20ac b\n", "\u20acx = 1\n", "x\u20ac = 1\n", "x\u00e9\u20ac = 1\n", "\u0300a = 1\n",
 "\u00e9 + \u20ac\n", "x = a\u00a0b\n", "x = a\u2028b\n", "x = a\u200bb\n", "x = a\x01b\n",
 "x = \u00e9\x01\n", "x = (\x01\n", "x = 0\n\x0b",
]),
("continuation_errors", [
 "x = 1 \\ 2\n", "x = 1 \\ \n", "\u00e9 = 1 \\ 3\n", "'\u00e9' + \\ 1\n", "x = 1 \\\x01\n",
 "x = 1 + \\\n 2 \\ 3\n", "x = '''a\nb''' \\ 1\n", "x = (\n  1 \\ 2)\n",
 "x = 1 \\", "x = 1 \\\n", "\u00e9 = 1 \\\n", "\\\n", "x = 1\\\n", "x = 'ab' \\\n",
 "x = 1 + \\\n  2 + \\\n", "x = 1 + \\\n  \u00e9 + \\\n", "x = \\\n  'abc' \\\n",
 "x = '''a\nb''' + \\\n", "x = 1 +\\\n\\\n\\\n",
 "if 1:\n  pass\n\\\n", "if 1:\n  pass\n  \\\n", "x = 1\n\\\n",
]),
]


def c_string(b):
    """A C string literal for bytes b; a hex escape is closed before a following hex digit."""
    out, prev_hex = '"', False
    for ch in b:
        c = chr(ch)
        if prev_hex and c in '0123456789abcdefABCDEF':
            out += '""'
        prev_hex = False
        if c == '"': out += '\\"'
        elif c == '\\': out += '\\\\'
        elif c == '\n': out += '\\n'
        elif c == '\t': out += '\\t'
        elif c == '\r': out += '\\r'
        elif c == '\f': out += '\\f'
        elif 32 <= ch < 127: out += c
        else:
            out += '\\x%02x' % ch
            prev_hex = True
    return out + '"'

def c_string_lines(b, indent, width=100):
    """c_string(b) as one or more adjacent literals, each line within width at this indent."""
    lit = c_string(b)[1:-1]
    room = width - indent - 3  # quotes and a trailing comma
    pieces, cur, i = [], '', 0
    while i < len(lit):
        # one unit: an escape (\xNN, \n, \\ ...) or a character, never split
        if lit[i] == '\\':
            j = i + 4 if lit[i + 1] == 'x' else i + 2
        elif lit.startswith('""', i):
            j = i + 2
        else:
            j = i + 1
        unit = lit[i:j]
        if len(cur) + len(unit) > room or (cur.endswith('\\n') and len(cur) > room // 2):
            cut = cur.rfind(' ') + 1 if not cur.endswith('\\n') else 0
            if cut > room // 2:
                pieces.append(cur[:cut]); cur = cur[cut:]
            else:
                pieces.append(cur); cur = ''
        if cur == '' and unit == '""':
            i = j; continue  # a hex-digit separator at a line start is not needed
        cur += unit
        i = j
    pieces.append(cur)
    return ['"%s"' % p for p in pieces]


def kind_name(t):
    """The TOK_ name of a C tokenizer token (keywords and ERRORTOKEN told apart)."""
    if t.type == token.OP or (t.type == token.NOTEQUAL and t.string == '<>'):
        return 'ERRORTOKEN'  # CPython's OP for a character that starts no token
    if t.type == token.NAME and keyword.iskeyword(t.string):
        return t.string.upper()
    return token.tok_name[t.type]

def expect(src):
    """The tokens of src: (kind, line, col, end_line, end_col, text) in Krait's conventions."""
    lines = src.split('\n')
    if src.endswith('\n'): lines = lines[:-1]
    if not lines: lines = ['']
    blines = [l.encode() for l in lines]
    out = []
    depth = 0
    ctoks = list(tokenize._generate_tokens_from_c_tokenizer(src))
    for i, t in enumerate(ctoks):
        k = kind_name(t)
        (l1, c1), (l2, c2) = t.start, t.end
        if k == 'INDENT':
            depth += 1
            nxt = ctoks[i + 1]
            out.append((k, nxt.start[0], 0, nxt.start[0], nxt.start[1], blines[nxt.start[0]-1][:nxt.start[1]]))
            continue
        if k == 'DEDENT':
            depth -= 1
            rest = [n for n in ctoks[i + 1:] if n.type != token.DEDENT]
            if not rest:
                depth += 1  # an end-of-input DEDENT: placed with the ENDMARKER below
                continue
            nxt = rest[0]
            out.append((k, nxt.start[0], nxt.start[1], nxt.start[0], nxt.start[1], b''))
            continue
        if k == 'NEWLINE':
            lb = blines[l1 - 1]
            nl = b'\n' if (l1 < len(blines) or src.endswith('\n')) else b''
            out.append((k, l1, c1, l1, c2 + 1, lb[c1:] + nl))
            continue
        out.append((k, l1, c1, l2, c2, t.string.encode()))
    last = len(blines)
    col = len(blines[-1])
    for _ in range(depth):
        out.append(('DEDENT', last, col, last, col, b''))
    out.append(('ENDMARKER', last, col, last, col, b''))
    return out


def print_tokens():
    cases = TOKEN_CASES
    for name, src in cases:
        print('static const ExpectedToken %s[] = {' % name)
        for k, l1, c1, l2, c2, text in expect(src):
            line = '    {TOK_%s, %d, %d, %d, %d, %s},' % (k, l1, c1, l2, c2, c_string(text))
            if len(line) > 100:
                lines = c_string_lines(text, 8)
                line = '    {TOK_%s, %d, %d, %d, %d,\n' % (k, l1, c1, l2, c2) + '\n'.join('     ' + l for l in lines) + '},'
            print(line)
        print('};')
        lines = c_string_lines(src.encode(), 4)
        head = 'static const char %s_src[] = ' % name
        if len(lines) == 1 and len(head) + len(lines[0]) + 1 <= 100:
            print(head + lines[0] + ';')
        else:
            print(head.rstrip() + '\n' + '\n'.join('    ' + l for l in lines) + ';')
        print()
    print(xmacro('TOKEN_TABLES', [name for name, _ in cases] + ['crlf_and_cr', 'bom_skipped']))


def print_errors():
    groups = ERROR_GROUPS
    for gname, srcs in groups:
        print('static const ExpectedError %s[] = {' % gname)
        for src in srcs:
            try:
                compile(src, 'x.py', 'exec')
                raise SystemExit('no error: %r' % src)
            except SyntaxError as e:
                t = {'SyntaxError': '&PyExc_SyntaxError', 'IndentationError': '&PyExc_IndentationError',
                     'TabError': '&PyExc_TabError'}[type(e).__name__]
                nums = '%d, %d, %d, %d' % (e.lineno, e.offset, e.end_lineno, e.end_offset)
                src_lines = c_string_lines(src.encode(), 5)
                msg_lines = c_string_lines(e.msg.encode(), 5)
                text_lines = c_string_lines(e.text.encode(), 5)
                out = ['    {' + src_lines[0]] + ['     ' + l for l in src_lines[1:]]
                out[-1] += ','
                one = '     %s, %s, %s, %s},' % (t, msg_lines[0], nums, text_lines[0])
                if len(msg_lines) == 1 and len(text_lines) == 1 and len(one) <= 100:
                    out.append(one)
                else:
                    if len(msg_lines) == 1 and len('     %s, %s,' % (t, msg_lines[0])) <= 100:
                        out.append('     %s, %s,' % (t, msg_lines[0]))
                    else:
                        out.append('     %s,' % t)
                        out += ['     ' + l for l in msg_lines]
                        out[-1] += ','
                    last = '     %s, %s},' % (nums, text_lines[0])
                    if len(text_lines) == 1 and len(last) <= 100:
                        out.append(last)
                    else:
                        out.append('     %s,' % nums)
                        out += ['     ' + l for l in text_lines]
                        out[-1] += '},'
                print('\n'.join(out))
        print('};')
        print()
    print(xmacro('ERROR_TABLES', [name for name, _ in groups]))


def xmacro(name, items):
    return ' \\\n'.join(['#define %s(X)' % name] + ['    X(%s)' % i for i in items])


if __name__ == '__main__':
    {'tokens': print_tokens, 'errors': print_errors}[sys.argv[1]]()
