# The common str methods: split, join, strip, replace, upper, lower, startswith, endswith, find, count.
text = "  The quick brown fox jumps over the lazy dog  "
print(repr(text.strip()), repr(text.strip(" Tg")))
words = text.split()
print(words, len(words))
print(text.split(" ")[:4])
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".split(" ", 2))
print("".split(), "".split(","), "   ".split(), "x".split("x"))
print("-".join(words[:3]), "".join(["a", "b"]), ", ".join([]))
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
print("MiXeD".upper(), "MiXeD".lower(), "123abc".upper())
print("filename.py".endswith(".py"), "filename.py".startswith("file"), "x".startswith(""))
print("filename.py".endswith((".txt", ".py")), "abc".startswith(("x", "y")))
print("banana".find("an"), "banana".find("an", 2), "banana".find("x"), "banana".find(""))
print("banana".count("a"), "banana".count("an"), "banana".count(""), "aaaa".count("aa"))
print("xxhixx".strip("x"), "...".strip("."), repr("\t\n x \r\n".strip()))
print("a-b-c".split("-"), "a--b".split("--"), "line1\nline2\n".split("\n"))
csv = "name=ann;age=30;city=paris"
record = {}
for pair in csv.split(";"):
    key, value = pair.split("=")
    record[key] = value
print(record)
print(" ".join([w.lower() for w in "THIS IS LOUD".split()]))
print("Hello".startswith("hello".lower()[0].upper()))
print("abcabc".find("c", 3, 6), "abcabc".count("a", 1))
try:
    "abc".split("")
except ValueError as e:
    print(e)
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
