# join: any iterable of str, separators of every width, a single item, and the errors
# ("sequence item 1: expected str instance, int found").
seps = ["", ",", ", ", "é", "中", "😀", "--"]
seqs = [[], ["a"], ["a", "b"], ["a", "b", "c"], ("x", "é"), ["中", "文"], ["😀", "a"],
        "abc", {"k": 1, "j": 2}, iter(["p", "q"]), range(0)]
for s in seps:
    print(ascii(s), [ascii(s.join(q)) for q in seqs[:7]])
print(",".join("abc"), "-".join({"k": 1, "j": 2}), "+".join(iter(["p", "q"])), "".join(range(0)))
print("-".join([x.upper() for x in "ab"]))

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", ascii(r))

show("int item", lambda: ",".join(["a", 1]))
show("first item", lambda: ",".join([None, "a"]))
show("bytes item", lambda: "".join(["a", "b", b"c"]))
show("not iterable", lambda: ",".join(5))
show("no args", lambda: ",".join())
show("two args", lambda: ",".join(["a"], ["b"]))
show("keyword", lambda: ",".join(iterable=["a"]))
show("list of lists", lambda: ",".join([["a"]]))

class S(str):
    pass
r = ",".join([S("a")])
print(ascii(r), type(r).__name__)
r = S(",").join(["a", "b"])
print(ascii(r), type(r).__name__)
r = "".join([S("x"), S("y")])
print(ascii(r), type(r).__name__)

class Gen:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return str(self.i)
print("|".join(Gen()))

class Bad:
    def __iter__(self):
        raise RuntimeError("no iteration")
show("raising iter", lambda: ",".join(Bad()))
big = ["ab"] * 2000
print(len("".join(big)), len(",".join(big)), len("😀".join(big)))
