# bench/pidigits.py: digits of pi from an unbounded spigot (a product of linear fractional
# transformations held as three big integers): big-integer multiply, add and floor division.
# Usage: pidigits.py [digits (default 8000)]. Deterministic; prints the digits ten to a line.
import sys


def pi_digits(count):
    """Return the first count decimal digits of pi as a list of ints."""
    # The transformation x -> (q x + r) / t; pi is its limit as terms k = 1, 2, ... are folded in.
    q, r, t = 1, 0, 1
    k = 0
    digits = []
    while len(digits) < count:
        k += 1
        # Fold in the term x -> (k x + 4k + 2) / (2k + 1).
        r = (2 * q + r) * (2 * k + 1)
        q *= k
        t *= 2 * k + 1
        if q > r:
            continue
        # The digit is safe once the images of 3 and 4 agree on it.
        digit, rest = divmod(3 * q + r, t)
        if rest + q >= t:
            continue
        digits.append(digit)
        r = 10 * (r - digit * t)
        q *= 10
    return digits


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    digits = pi_digits(count)
    text = "".join(map(str, digits))
    for i in range(0, count, 10):
        line = text[i:i + 10]
        print(f"{line:<10}\t:{min(i + 10, count)}")
    print("digit frequencies:", [text.count(str(d)) for d in range(10)])


if __name__ == "__main__":
    main()
