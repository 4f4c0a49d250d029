# Roman numeral conversion both ways, validation with exceptions, and round trips for 1..3999.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: " + str(n))
    out = []
    for value, numeral in VALUES:
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        if ch not in SYMBOLS:
            raise ValueError("bad numeral character " + repr(ch))
        value = SYMBOLS[ch]
        if i + 1 < len(s) and SYMBOLS.get(s[i + 1], 0) > value:
            total -= value
        else:
            total += value
    if to_roman(total) != s:
        raise ValueError("non-canonical numeral " + repr(s))
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(n, to_roman(n))
for s in ["MCMXCIV", "XLII", "IIII", "IC", "MMXXV", "ABC", ""]:
    try:
        print(repr(s), from_roman(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for bad in [0, 4000, -5]:
    try:
        to_roman(bad)
    except ValueError as e:
        print(e)
ok = all([from_roman(to_roman(n)) == n for n in range(1, 4000)])
longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print("round trip ok:", ok, "longest:", longest, to_roman(longest))
print(sum([len(to_roman(n)) for n in range(1, 4000)]))
