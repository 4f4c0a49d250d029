# The code points through the is*() predicates: per block of 4096 code points, a weighted
# sum of the code points each predicate accepts (so a single wrong answer changes a line).
names = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "islower", "isupper",
         "istitle", "isprintable", "isidentifier", "isalnum"]
tests = [str.isalpha, str.isdecimal, str.isdigit, str.isnumeric, str.isspace, str.islower,
         str.isupper, str.istitle, str.isprintable, str.isidentifier, str.isalnum]
print(names)
for block in range(0, 0x110000, 0x1000):
    sums = [0] * len(tests)
    cont = 0
    # every code point of planes 0 and 1 and of the tags block; elsewhere (CJK extensions,
    # private use, unassigned) every 7th, which keeps the test quick under sanitizers
    step = 1 if block < 0x20000 or block == 0xE0000 else 7
    for c in range(block, block + 0x1000, step):
        ch = chr(c)
        k = 0
        for t in tests:
            if t(ch):
                sums[k] += c - block + 1
            k += 1
        if ("a" + ch).isidentifier():
            cont += c - block + 1
    if any(sums) or cont:
        print(hex(block), sums, cont)
