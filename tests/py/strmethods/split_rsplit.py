# split and rsplit: whitespace splitting (all Unicode whitespace), explicit separators of
# every width, maxsplit in all its forms, keywords, and the errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))

texts = ["", " ", "a", "  a  b   c  ", "a,b,,c,", ",a,", "a\tb\nc\x0bd\x0ce\rf",
         "x\x1cy\x1dz\x1ew\x1fv\x85u\xa0t", "α\u2003β\u3000γ\u2028δ", "a\u200bb\ufeffc",
         "😀 😀  😀", "中, 文, 字", "one  two\u00a0three"]
for t in texts:
    for n in (-1, 0, 1, 2):
        print(ascii(t), n, ascii(t.split(None, n)), ascii(t.rsplit(None, n)))

seps = [",", ", ", "ab", "é", "文", "😀", "aa"]
for t in ["a,b,,c", "x, y, z", "abcabcab", "éaéé", "中文中文", "😀x😀😀", "aaaaa", ""]:
    for sep in seps:
        print(ascii(t), ascii(sep), ascii(t.split(sep)), ascii(t.rsplit(sep)),
              ascii(t.split(sep, 1)), ascii(t.rsplit(sep, 1)))

show("kw sep", lambda: "a-b-c".split(sep="-"))
show("kw maxsplit", lambda: "a b c".split(maxsplit=1))
show("kw both", lambda: "a-b-c".rsplit(maxsplit=1, sep="-"))
show("None sep kw", lambda: "a b".split(sep=None))
show("maxsplit bool", lambda: "a b c".split(None, True))
show("maxsplit big", lambda: "a b c".split(None, 2 ** 62))
show("maxsplit huge", lambda: "a b c".split(None, 2 ** 64))
show("maxsplit -5", lambda: "a b c".rsplit(" ", -5))
show("maxsplit float", lambda: "a b".split(None, 1.0))
show("maxsplit str", lambda: "a b".split(None, "1"))
show("empty sep", lambda: "a b".split(""))
show("empty sep r", lambda: "a b".rsplit(""))
show("int sep", lambda: "a b".split(1))
show("bytes sep", lambda: "a b".rsplit(b" "))
show("3 args", lambda: "a b".split(" ", 1, 2))
show("bad kw", lambda: "a b".split(separator=" "))
show("dup", lambda: "a b".split(" ", sep=" "))

class S(str):
    pass
parts = S("a b").split()
print(parts, [type(p).__name__ for p in parts], [type(p).__name__ for p in S("ab").split()])
print([type(p).__name__ for p in S("ab").rsplit("x")])
