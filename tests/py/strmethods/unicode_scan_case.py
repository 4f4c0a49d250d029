# The code points through lower, upper, title, casefold and swapcase (and repr, which
# escapes the unprintable): per block of 4096 code points, a checksum of the mappings that
# change the character, so a single wrong mapping changes a line.
maps = [str.lower, str.upper, str.title, str.casefold, str.swapcase]
print(["lower", "upper", "title", "casefold", "swapcase", "repr"])
for block in range(0, 0x110000, 0x1000):
    sums = [0] * (len(maps) + 1)
    # every code point of planes 0 and 1 and of the tags block; elsewhere (CJK extensions,
    # private use, unassigned) every 7th, which keeps the test quick under sanitizers
    step = 1 if block < 0x20000 or block == 0xE0000 else 7
    for c in range(block, block + 0x1000, step):
        ch = chr(c)
        k = 0
        for f in maps:
            m = f(ch)
            if m != ch:
                w = c - block + 1
                for x in m:
                    sums[k] += w * ord(x)
                    w += 7
            k += 1
        sums[k] += len(repr(ch)) * (c - block + 1)
    if any(sums[:-1]):
        print(hex(block), sums)
    else:
        print(hex(block), sums[-1])
