# The RuntimeError of PEP 479 is printed with the StopIteration as its direct cause.

def first_words(lines):
    it = iter(lines)
    while True:
        line = next(it)
        yield line.split()[0]

print(list(first_words(["alpha beta", "gamma delta"])))
