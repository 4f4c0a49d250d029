# str.translate looks characters up as CPython does: ASCII strings through a cache (each
# character once) until a mapping does not fit it, other strings once per character, and a
# run of deleted characters is scanned ahead. Visible through a __getitem__ that logs.
class Logger:
    def __init__(self, mapping):
        self.mapping = mapping
        self.log = []

    def __getitem__(self, key):
        self.log.append(key)
        if key in self.mapping:
            v = self.mapping[key]
            if isinstance(v, BaseException):
                raise v
            return v
        raise LookupError(key)

def run(s, mapping):
    t = Logger(mapping)
    try:
        r = s.translate(t)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(ascii(s), "->", ascii(r), t.log)

run("aaa", {97: "b"})
run("abab", {97: "x", 98: None})
run("aab", {97: "xyz"})
run("abcabc", {98: "long"})
run("aé", {97: "b"})
run("éaa", {97: "b"})
run("aaé", {97: 200})
run("aaa", {97: 200})
run("aaa", {97: "é"})
run("abba", {98: None})
run("éabbcé", {98: None})
run("ébbb", {98: None})
run("ébbbx", {98: None, 120: None})
run("aXb", {88: IndexError("no")})
run("aXb", {88: KeyError("no")})
run("aXb", {88: ValueError("stop")})
run("éXb", {88: ZeroDivisionError("stop")})
run("", {})
run("abc", {97: 98, 98: 99, 99: 97})
run("😀a😀", {0x1f600: None})
run("a😀a", {0x1f600: "x"})

class Seq:
    def __getitem__(self, i):
        if i >= 100:
            raise IndexError(i)
        return i + 1
print(ascii("ab\x01\x02".translate(Seq())))
