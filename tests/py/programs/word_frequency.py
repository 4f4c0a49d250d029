# Word frequency counter over an embedded text: normalisation, counting, ranking and a histogram.
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.
"""
PUNCT = ",.;:!?-\"'()"
def normalise(word):
    return word.strip(PUNCT).lower()
words = [normalise(w) for w in TEXT.split()]
words = [w for w in words if w]
print("total words:", len(words))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("distinct words:", len(counts))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:12]:
    print(f"{word:>12} {n:>3} " + "#" * n)
singletons = sorted([w for w, n in counts.items() if n == 1])
print("words used once:", len(singletons))
print(", ".join(singletons[:15]))
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest)
letters = {}
for ch in TEXT.lower():
    if "a" <= ch <= "z":
        letters[ch] = letters.get(ch, 0) + 1
top_letters = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", top_letters)
print("first occurrence of 'season':", words.index("season"), "count of 'it':", words.count("it"))
