# str.maketrans in its 1, 2 and 3 argument forms (and its errors), and str.translate with
# dicts, lists, strings and None/int/str values.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))

show("2 args", lambda: str.maketrans("abc", "xyz"))
show("3 args", lambda: str.maketrans("ab", "éü", "cd"))
show("empty", lambda: str.maketrans("", ""))
show("dict", lambda: str.maketrans({"a": "1", 98: None, "c": 100, "😀": "smile", 0x10000: 5}))
show("same key twice", lambda: str.maketrans({"a": 1, 97: 2}))
show("astral", lambda: str.maketrans("😀中", "ab"))
show("dup chars", lambda: str.maketrans("aa", "xy"))
show("no args", lambda: str.maketrans())
show("4 args", lambda: str.maketrans("a", "b", "c", "d"))
show("1 arg str", lambda: str.maketrans("abc"))
show("1 arg list", lambda: str.maketrans([1, 2]))
show("dict subclass", lambda: str.maketrans(type("D", (dict,), {})(a=1)))
show("long key", lambda: str.maketrans({"ab": 1}))
show("empty key", lambda: str.maketrans({"": 1}))
show("float key", lambda: str.maketrans({1.5: 1}))
show("bool key", lambda: str.maketrans({True: "x"}))
show("unequal", lambda: str.maketrans("abc", "xy"))
show("x not str", lambda: str.maketrans(1, "a"))
show("y not str", lambda: str.maketrans("a", 1))
show("z not str", lambda: str.maketrans("a", "b", 1))
show("x dict with y", lambda: str.maketrans({}, "a"))
show("keyword", lambda: str.maketrans(x="a", y="b"))
show("via instance", lambda: "q".maketrans("a", "b"))

table = str.maketrans("abc", "xyz", "d")
for s in ["abcd", "aabbccdd", "", "hello", "ÀaBbCcDd", "中a文b", "😀abcd😀", "dddd"]:
    show(ascii(s), lambda: s.translate(table))

show("str value", lambda: "abc".translate({97: "ααα", 98: "", 99: "😀"}))
show("int value", lambda: "abc".translate({97: 0x10ffff, 98: 0, 99: 0xe9}))
show("bool value", lambda: "abc".translate({97: True, 98: False}))
show("None value", lambda: "abcabc".translate({97: None, 99: None}))
show("list table", lambda: "abc".translate([None] * 98 + ["B"]))
show("str table", lambda: "\x00\x01\x02".translate("xyz"))
show("range table", lambda: "\x00\x05".translate(range(100, 200)))
show("too big", lambda: "abc".translate({97: 0x110000}))
show("negative", lambda: "abc".translate({97: -1}))
show("huge", lambda: "abc".translate({97: 2 ** 100}))
show("float value", lambda: "abc".translate({97: 1.5}))
show("bytes value", lambda: "abc".translate({97: b"x"}))
show("non-ascii too big", lambda: "é".translate({0xe9: 0x110000}))
show("non-ascii float", lambda: "é".translate({0xe9: 2.0}))
show("no table", lambda: "abc".translate())
show("two tables", lambda: "abc".translate({}, {}))
show("int table", lambda: "abc".translate(5))
show("keyword", lambda: "abc".translate(table={}))
show("empty string", lambda: "".translate(5))

class S(str):
    pass
r = S("abc").translate({})
print(type(r).__name__, r)
print(type(S("abc").translate({97: "z"})).__name__)

# code points near the ASCII boundary (the ASCII fast path must not take them for markers)
for table in [{97: 254, 98: 255}, {97: "\xfe", 98: "\xff"}, {97: 127, 98: None}, {97: 128},
              {97: "\x7f", 98: 0}, {98: 254}]:
    print(ascii("abab".translate(table)), ascii("aéb".translate(table)))
