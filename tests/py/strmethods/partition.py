# partition / rpartition: first and last occurrence, missing separators, separators of
# every width, and the errors.
texts = ["a=b=c", "abc", "", "=", "==", "héllo=wörld", "中=文=字", "😀=😀", "ab😀cd😀ef"]
seps = ["=", "==", "b", "é", "文", "😀", "z", "abc"]
for t in texts:
    for s in seps:
        print(ascii(t), ascii(s), ascii(t.partition(s)), ascii(t.rpartition(s)))

for f in (lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(1),
          lambda: "a".rpartition(None), lambda: "a".partition(), lambda: "a".partition("a", "b"),
          lambda: "a".partition(sep="a"), lambda: "a".partition(b"a")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass
for r in (S("abc").partition("x"), S("abc").rpartition("x"), S("a-c").partition("-"),
          "a-c".partition(S("-"))):
    print(ascii(r), [type(p).__name__ for p in r])
