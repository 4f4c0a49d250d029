# demo.py: what `make demo` runs — a tour of what Krait runs today, with CPython's output.
import math
import sys


def primes(limit):
    """The primes below limit, by the sieve of Eratosthenes."""
    sieve = [True] * limit
    sieve[0:2] = [False, False]
    for i in range(2, math.isqrt(limit) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit, i))
    return [i for i, is_prime in enumerate(sieve) if is_prime]


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


def word_frequencies(text):
    freq = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?")
        freq[word] = freq.get(word, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))


def safe_divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return f"cannot divide {a!r} by {b!r}: {e}"
    finally:
        pass


print(f"{sys.implementation.name} speaks Python {sys.version_info.major}.{sys.version_info.minor}")
print("primes below 60:", primes(60))
print("2 ** 200 =", 2 ** 200)
print("0.1 + 0.2 =", 0.1 + 0.2, "| 1e16 =", 1e16, "| math.pi =", math.pi)
bump = counter()
print("closure counts:", [bump() for _ in range(3)], bump(10))
text = "the quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!"
for word, n in word_frequencies(text)[:4]:
    print(f"{word:>6} {n}")
print(safe_divide(7, 2), "|", safe_divide(1, 0))
print({3, 1, 2} | {10, 4}, {"b": 2, "a": 1}, (1,), "héllo wörld".upper())
print(f"{math.sqrt(2):.6f} {len('日本語')} {ord('€')} {chr(955)!r}")
