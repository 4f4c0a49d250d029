# count: non-overlapping occurrences, the empty needle (len + 1 positions), bounds.
cases = ["", "a", "aaaa", "abcabc", "ababab", "héé", "中中中", "😀😀😀", "a😀a😀"]
needles = ["", "a", "aa", "ab", "bab", "é", "中", "😀", "😀a", "x"]
for s in cases:
    print(ascii(s), [s.count(n) for n in needles],
          [s.count(n, 1) for n in needles], [s.count(n, -2, None) for n in needles],
          [s.count(n, 10) for n in needles], [s.count(n, 2, 1) for n in needles])
print("abc".count("", 3), "abc".count("", 4), "abc".count("", -10), "abc".count("", 1, 2))
for f in (lambda: "a".count(), lambda: "a".count(1), lambda: "a".count("a", "b"),
          lambda: "a".count("a", 0, 1, 2), lambda: "a".count(x="a")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(("ab" * 1000).count("ab"), ("a" * 1001).count("aa"), ("😀" * 50).count("😀😀"))
