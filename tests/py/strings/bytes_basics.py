# bytes objects: literals, indexing to ints, slicing, concatenation, repr, construction and errors.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(list(b), bytes([104, 105]), bytes(3), bytes(range(65, 70)))
print(b + b" world", b * 2, b"l" in b, 108 in b, b"xyz" in b)
print(b == b"hello", b < b"help", b"" < b"a", b"abc" == "abc")
print(repr(b"\x00\x01\x7f\x80\xff"), repr(b"quote'"), repr(b'dq"'), repr(b"both'\""))
print(bytes(b"copy"), bytes("text", "utf-8"), bytes("é", "utf-8"))
print(b"A"[0], type(b[0]).__name__, type(b[0:1]).__name__)
for byte in b"AZ":
    print(byte, chr(byte))
print(b"hello".upper(), b"a,b".split(b","), b"-".join([b"x", b"y"]))
print(b"  pad ".strip(), b"abc".replace(b"b", b"B"), b"abcb".count(b"b"), b"abc".find(b"c"))
print("é".encode(), "é".encode("utf-8"), b"\xc3\xa9".decode(), b"abc".decode("ascii"))
print(hash(b"abc") == hash(b"abc"), bool(b""), bool(b"\x00"))
try:
    b[10]
except IndexError as e:
    print(e)
try:
    b + "str"
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
