# find, rfind, index, rindex: start and end as in slices (negative, None, beyond the
# length), the empty needle, needles wider than the haystack, and the errors.
hay = ["hello world", "abcabcabc", "", "aaa", "héllo wörld", "中文字符中文", "😀a😀b😀", "x\x00y"]
needles = ["l", "o w", "abc", "", "a", "é", "wö", "中文", "😀", "😀b", "\x00", "zz", "ö", "😀😀"]
bounds = [(), (1,), (-3,), (2, 5), (-100, 100), (None, -1), (None, None), (3, 1), (0, 0),
          (11, 11), (12,), (100,), (-1, None)]
for h in hay:
    for n in needles:
        row = []
        for b in bounds:
            row.append((h.find(n, *b), h.rfind(n, *b)))
        print(ascii(h), ascii(n), row)

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)

show("index", lambda: "abcabc".index("c"))
show("rindex", lambda: "abcabc".rindex("c"))
show("index start", lambda: "abcabc".index("a", 1))
show("rindex end", lambda: "abcabc".rindex("a", 0, 3))
show("index missing", lambda: "abc".index("d"))
show("rindex missing", lambda: "abc".rindex("d"))
show("index empty", lambda: "abc".index("", 3))
show("index empty past", lambda: "abc".index("", 4))
show("rindex empty past", lambda: "abc".rindex("", 4))
show("find int", lambda: "abc".find(1))
show("index int", lambda: "abc".index(None))
show("find bad start", lambda: "abc".find("a", "x"))
show("find float end", lambda: "abc".find("a", 0, 1.5))
show("find huge", lambda: "abc".find("a", 2 ** 100))
show("find -huge", lambda: "abc".find("a", -2 ** 100))
show("find huge end", lambda: "abc".rfind("c", 0, 2 ** 100))
show("find bool", lambda: "abc".find("b", True))
show("no args", lambda: "abc".find())
show("4 args", lambda: "abc".find("a", 1, 2, 3))
show("keyword", lambda: "abc".find(sub="a"))
show("rfind kw", lambda: "abc".rfind("a", start=0))

class I:
    def __index__(self):
        return 1
show("__index__", lambda: "abab".find("a", I()))
show("__index__ end", lambda: "abab".rfind("b", 0, I()))
