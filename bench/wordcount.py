# bench/wordcount.py: text processing: generates a text from an LCG over a made-up vocabulary
# (with a Zipf-like skew), then splits, cleans, counts words, bigrams and letters in dicts and
# formats a report (str methods, dict get/setdefault, sorting with keys, f-strings, str.format,
# %-formatting). Usage: wordcount.py [words (default 250000)]. Deterministic; prints the report.
import sys

SYLLABLES = ["ka", "ro", "mi", "sen", "ta", "lo", "ver", "un", "pa", "is", "dre", "o", "qua",
             "ne", "shi", "al", "bo", "tur", "e", "zan"]
PUNCTUATION = ".,;:!?"


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        word = "".join(SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(1 + rng.next(3)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def make_text(rng, vocabulary, count):
    """count words in sentences: capitalised first words, punctuation, some quoted words."""
    parts = []
    sentence_left = 0
    n = len(vocabulary)
    for _ in range(count):
        # Cubing skews the draw towards the front of the vocabulary, as word use is in real text.
        r = rng.next(n)
        word = vocabulary[r * r // n * r // n]
        if sentence_left == 0:
            sentence_left = 4 + rng.next(14)
            word = word.capitalize()
        elif rng.next(20) == 0:
            word = '"' + word + '"'
        sentence_left -= 1
        if sentence_left == 0:
            word += "." if rng.next(4) else "!?"[rng.next(2)]
        elif rng.next(12) == 0:
            word += ",;:"[rng.next(3)]
        parts.append(word)
        if rng.next(15) == 0:
            parts.append("\n")
    return " ".join(parts)


def count_words(text):
    counts = {}
    bigrams = {}
    lengths = {}
    previous = None
    for line in text.splitlines():
        for raw in line.split():
            word = raw.strip(PUNCTUATION + '"').lower()
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
            lengths.setdefault(len(word), []).append(word)
            if previous is not None:
                pair = (previous, word)
                bigrams[pair] = bigrams.get(pair, 0) + 1
            previous = None if raw[-1] in ".!?" else word
    return counts, bigrams, lengths


def letter_counts(text):
    letters = {}
    for ch in text.lower():
        if ch.isalpha():
            letters[ch] = letters.get(ch, 0) + 1
    return letters


def report(text, counts, bigrams, lengths, letters):
    lines = []
    total = sum(counts.values())
    lines.append("=" * 44)
    lines.append("WORD COUNT REPORT".center(44))
    lines.append("=" * 44)
    lines.append("{:<20}{:>24,}".format("characters", len(text)))
    lines.append("{:<20}{:>24,}".format("words", total))
    lines.append("{:<20}{:>24,}".format("distinct words", len(counts)))
    lines.append("{:<20}{:>24,}".format("sentences", sum(text.count(c) for c in ".!?")))
    lines.append("{:<20}{:>24,}".format("distinct bigrams", len(bigrams)))
    lines.append("-" * 44)
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:15]
    for rank, (word, n) in enumerate(top, 1):
        lines.append(f"{rank:>3}. {word:<16} {n:>8} {100.0 * n / total:6.2f}%")
    lines.append("-" * 44)
    for (a, b), n in sorted(bigrams.items(), key=lambda item: (-item[1], item[0]))[:8]:
        lines.append("%-30s %6d" % (a + " " + b, n))
    lines.append("-" * 44)
    for length in sorted(lengths):
        words = lengths[length]
        longest = max(set(words))
        lines.append(f"length {length:2}: {len(words):7} words, last alphabetically {longest!r}")
    lines.append("-" * 44)
    common = sorted(letters, key=letters.get, reverse=True)
    lines.append("letters by frequency: " + "".join(common))
    lines.append("hapax legomena: %d" % sum(1 for n in counts.values() if n == 1))
    capitalised = [w for w in text.split() if w[:1].isupper()]
    lines.append(f"capitalised tokens: {len(capitalised)}; first: {' '.join(capitalised[:4])}")
    title = " ".join(w.title() for w, _ in top[:5])
    lines.append(f"title: {title.replace('A', '4').swapcase()}")
    return lines


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 250000
    rng = Lcg(31337)
    vocabulary = make_vocabulary(rng, 3000)
    text = make_text(rng, vocabulary, count)
    counts, bigrams, lengths = count_words(text)
    letters = letter_counts(text)
    for line in report(text, counts, bigrams, lengths, letters):
        print(line)
    checksum = 0
    for word in sorted(counts):
        checksum = (checksum * 31 + counts[word] * len(word)) % 1000000007
    print("checksum", checksum)


if __name__ == "__main__":
    main()
