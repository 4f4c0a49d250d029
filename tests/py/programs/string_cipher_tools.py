# Text encoding tools: run-length encoding, Vigenere cipher, base conversion and checksums.
def rle_encode(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return "".join(out)
def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch in "0123456789":
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for text in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc"]:
    enc = rle_encode(text)
    print(enc, rle_decode(enc) == text)
ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text.upper():
        if ch in ALPHA:
            shift = ALPHA.find(key[k % len(key)])
            if decrypt:
                shift = -shift
            out.append(ALPHA[(ALPHA.find(ch) + shift) % 26])
            k += 1
        else:
            out.append(ch)
    return "".join(out)
secret = vigenere("Attack at dawn, retreat at dusk!", "LEMON")
print(secret, "|", vigenere(secret, "LEMON", decrypt=True))
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n in [0, 255, -255, 2 ** 64, 123456789]:
    print(n, [to_base(n, b) for b in (2, 8, 16, 36)], int(to_base(n, 36), 36) == n)
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
def fnv1a(data):
    h = 0xcbf29ce484222325
    for byte in data:
        h ^= byte
        h = (h * 0x100000001b3) % 2 ** 64
    return h
for s in ["", "Wikipedia", "hello world", "é中"]:
    data = s.encode("utf-8")
    print(repr(s), adler32(data), hex(fnv1a(data)))
