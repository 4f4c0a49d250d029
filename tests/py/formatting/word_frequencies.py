# A text-processing program: generate deterministic text with a linear congruential
# generator, count words, bigrams and letters with dicts and lists, and print reports with
# f-strings, str.format and % formatting: aligned tables, percentages, grouping, histograms.

class LCG:
    """The classic Numerical Recipes generator: deterministic on every platform."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (1664525 * self.state + 1013904223) % 2**32
        return self.state

    def below(self, n):
        return self.next() * n // 2**32

    def choice(self, items):
        return items[self.below(len(items))]


SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'tu', 'vex', 'dor', 'an', 'el', 'qui', 'zo',
             'pra', 'ist', 'um', 'no']
PUNCT = ['.', '.', '.', '!', '?', ';', ',', ',', ',']


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        n = 1 + rng.below(3)
        word = ''.join([rng.choice(SYLLABLES) for _ in range(n)])
        if word not in seen:
            seen[word] = True
            words.append(word)
    return words


def make_text(rng, vocabulary, sentences):
    # Zipf-like: low indexes are picked far more often.
    lines = []
    for _ in range(sentences):
        length = 4 + rng.below(9)
        words = []
        for _ in range(length):
            a, b = rng.below(len(vocabulary)), rng.below(len(vocabulary))
            words.append(vocabulary[min(a, b) * (a + 1) // len(vocabulary)])
        words[0] = words[0].capitalize()
        lines.append(' '.join(words) + rng.choice(PUNCT))
    return lines


def tokenize(lines):
    tokens = []
    for line in lines:
        for raw in line.split():
            word = raw.strip('.!?;,').lower()
            if word:
                tokens.append(word)
    return tokens


def count(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def ranked(counts):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def bigrams(tokens):
    return [tokens[i] + ' ' + tokens[i + 1] for i in range(len(tokens) - 1)]


def total(values):
    s = 0
    for v in values:
        s += v
    return s


def report_words(counts, limit):
    n = total(list(counts.values()))
    print(f'{"rank":>4}  {"word":<14}{"count":>7}{"share":>9}{"cumul":>9}  bar')
    print(f'{"":-<4}  {"":-<14}{"":->7}{"":->9}{"":->9}  {"":-<20}')
    cumulative = 0
    top = ranked(counts)[:limit]
    biggest = top[0][1]
    for rank, (word, c) in enumerate(top, 1):
        cumulative += c
        bar = '#' * (20 * c // biggest)
        print(f'{rank:>4}  {word:<14}{c:>7,}{c / n:>9.2%}{cumulative / n:>9.1%}  {bar}')
    print(f'{"total":>4}  {len(counts):<14,}{n:>7,}{1:>9.0%}')


def report_lengths(tokens):
    by_length = {}
    for t in tokens:
        by_length[len(t)] = by_length.get(len(t), 0) + 1
    print('\nWord lengths')
    for length in sorted(by_length):
        c = by_length[length]
        print('  %2d letters: %6d  %-30s|' % (length, c, '*' * (c * 30 // len(tokens))))
    mean = total([k * v for k, v in by_length.items()]) / len(tokens)
    print('  mean length: {:.3f}, longest: {}'.format(mean, max(by_length)))


def report_letters(tokens):
    letters = count(list(''.join(tokens)))
    n = total(list(letters.values()))
    print('\nLetters')
    row = []
    for letter, c in ranked(letters):
        row.append(f'{letter}:{c / n:6.2%}')
        if len(row) == 5:
            print('  ' + ' '.join(row))
            row = []
    if row:
        print('  ' + ' '.join(row))
    vowels = total([letters.get(v, 0) for v in 'aeiou'])
    print(f'  vowels {vowels:_} of {n:_} = {vowels / n:.4f} ({vowels / n:.1%})')


def report_bigrams(tokens, limit):
    pairs = ranked(count(bigrams(tokens)))
    print('\nTop bigrams')
    for pair, c in pairs[:limit]:
        print('  {pair:.<28}{c:.>6}'.format(pair=pair, c=c))
    singles = len([1 for _, c in pairs if c == 1])
    print(f'  {len(pairs):,} distinct pairs, {singles:,} seen once '
          f'({singles / len(pairs):.1%})')


def report_sentences(lines):
    print('\nSentence endings')
    endings = count([line[-1] for line in lines])
    for mark, c in ranked(endings):
        print(f'  {mark!r:>5} {c:>5} {c / len(lines):>8.3%}')
    widths = [len(line) for line in lines]
    print(f'  shortest {min(widths)}, longest {max(widths)}, '
          f'mean {total(widths) / len(widths):.2f} characters')
    longest = lines[widths.index(max(widths))]
    print(f'  longest: {longest[:60]!s:<60}...' if len(longest) > 60 else f'  longest: {longest}')


def main():
    rng = LCG(20240521)
    vocabulary = make_vocabulary(rng, 300)
    lines = make_text(rng, vocabulary, 400)
    tokens = tokenize(lines)
    counts = count(tokens)
    print(f'{len(lines):,} sentences, {len(tokens):,} words, {len(counts):,} distinct')
    print(f'first: {lines[0]}')
    print(f'last:  {lines[-1]}\n')
    report_words(counts, 15)
    report_lengths(tokens)
    report_letters(tokens)
    report_bigrams(tokens, 8)
    report_sentences(lines)
    hapax = sorted([w for w, c in counts.items() if c == 1])
    print(f'\n{len(hapax)} hapax legomena: {", ".join(hapax[:6])}, ...')
    print('type/token ratio: %.4f, scaled: %+.2e, as int: %05d' %
          (len(counts) / len(tokens), len(counts) / len(tokens) * 1e6,
           len(counts) * 1000 // len(tokens)))


main()
