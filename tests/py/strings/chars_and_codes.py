# Characters and code points: ord, chr, iteration, building strings from codes, simple ciphers.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("é"), ord("中"), ord("😀"))
print(chr(65), chr(97), chr(48), chr(233), chr(20013), chr(128512))
print([chr(c) for c in range(ord("a"), ord("f"))])
print("".join([chr(ord(c) + 1) for c in "HAL"]))
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list("abc"), tuple("ab"), set("aab") == {"a", "b"})
for i, ch in enumerate("xyz"):
    print(i, ch, ord(ch))
print(chr(0x10FFFF) == "\U0010ffff", len(chr(0x10FFFF)))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("")
except TypeError as e:
    print(e)
