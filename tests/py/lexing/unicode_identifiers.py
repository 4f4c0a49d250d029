# UTF-8 source: non-ASCII identifiers, strings and comments (ü, 中文, Ω).
π = 3.14159
größe = 10
名前 = "snake"
Ω = [1, 2]
def fläche(r):
    return π * r * r
print(π, größe, 名前, Ω)
print(round(fläche(2), 4))
s = "héllo wörld ✓ 中文"
print(s, len(s))
print(s.upper())
print(repr(s))
print([ord(c) for c in "é✓中"])
print("🐍", len("🐍"), ord("🐍"))
names = {'α': 1, 'β': 2}
print(names)
for ch in "añ":
    print(ch, ord(ch))
print("ÄÖÜ".lower(), "straße".upper())
