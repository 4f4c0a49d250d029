# Sieve of Eratosthenes, prime factorisation, twin primes and Goldbach decompositions.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(10000)
print(len(primes), primes[:20], primes[-5:])
prime_set = set(primes)
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
for n in [360, 9973, 123456789, 2 ** 31 - 1, 600851475143]:
    f = factorize(n)
    print(n, "=", " * ".join([str(p) + ("^" + str(e) if e > 1 else "") for p, e in sorted(f.items())]))
twins = [(p, p + 2) for p in primes if p + 2 in prime_set]
print(len(twins), twins[:8], twins[-2:])
def goldbach(n):
    for p in primes:
        if n - p in prime_set:
            return p, n - p
for n in [4, 28, 100, 1000, 9998]:
    print(n, goldbach(n))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
print(sum(primes) % 1000007, max([b - a for a, b in zip(primes, primes[1:])]))
