# Iteration, indexing and slicing (with steps, negative and out-of-range bounds) of strings
# of every width; results narrow to the width their characters need.
texts = ["", "a", "hello", "héllo", "中文字符", "😀a😀b😀", "aé中😀", "\x00\xff\u0100\uffff\U00010000"]
for t in texts:
    print(ascii(t), len(t), [ascii(c) for c in t], ascii(list(reversed(t))))
    print("   ", [ascii(t[i]) for i in range(-len(t), len(t))])
    for sl in [slice(None), slice(1, None), slice(None, -1), slice(None, None, -1),
               slice(None, None, 2), slice(1, None, 3), slice(-2, None, -2), slice(100, None),
               slice(None, -100), slice(2, 1), slice(-100, 100, 4), slice(None, None, -3)]:
        print("   ", sl, ascii(t[sl]), ascii(t[sl.start:sl.stop:sl.step]))

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))

show("past end", lambda: "abc"[3])
show("before start", lambda: "abc"[-4])
show("empty", lambda: ""[0])
for key in [1.0, "1", None, (1, 2), [0], b"0"]:
    show("bad index " + type(key).__name__, lambda: "abc"[key])
show("huge index", lambda: "abc"[2 ** 100])
show("zero step", lambda: "abc"[::0])
show("float slice", lambda: "abc"[1.5:])
show("huge slice", lambda: "abc"[-2 ** 100:2 ** 100])
show("bool index", lambda: "abc"[True])
show("item assign", lambda: "abc".__setitem__(0, "x"))

def assign():
    s = "abc"
    s[0] = "x"
show("assignment", assign)

def delete():
    s = "abc"
    del s[0]
show("deletion", delete)

class I:
    def __index__(self):
        return -1
print("xyz"[I()], "xyz"[I():], "xyz"[:I()], "xyz"[::I()])

it = iter("é😀")
print(type(it).__name__, ascii(next(it)), ascii(next(it)))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(iter("")), ascii("".join(list("aé中😀"))), "😀"[0] == "😀", len("😀"[0:1]))
print([ascii(x) for x in map(str.upper, "aß")], list(enumerate("é😀")))
e = enumerate("ab")
print(next(e), list(zip("ab", "xyz")))
