# A number-theory program: Miller-Rabin with three-argument pow, modular inverses, CRT, a toy
# RSA round trip through to_bytes/from_bytes, continued fractions from as_integer_ratio,
# exact float decomposition with hex(), and base conversions.

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n

def crt(residues, moduli):
    total, prod = 0, 1
    for m in moduli:
        prod *= m
    for r, m in zip(residues, moduli):
        part = prod // m
        total += r * part * pow(part, -1, m)
    return total % prod

def continued_fraction(x, limit=12):
    n, d = x.as_integer_ratio()
    terms = []
    while d and len(terms) < limit:
        q, r = divmod(n, d)
        terms.append(q)
        n, d = d, r
    return terms

def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    out = []
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out

def to_base(n, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + ''.join(reversed(out))

primes = [n for n in range(2, 120) if is_probable_prime(n)]
print(len(primes), primes[-5:])
print([is_probable_prime(n) for n in (561, 1105, 2 ** 61 - 1, 2 ** 89 - 1, 2 ** 64 + 1)])
p = next_prime(2 ** 64 + 13)
q = next_prime(3 ** 41)
print(p, q)
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(d * e % phi, n.bit_length(), d.bit_length() <= n.bit_length())
message = 'Krait numbers'.encode()
m = int.from_bytes(message, 'big')
c = pow(m, e, n)
back = pow(c, d, n)
length = (back.bit_length() + 7) // 8
print(m == back, back.to_bytes(length, 'big').decode(), c.to_bytes(16, 'little').hex()[:12])
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]), crt([0, 0], [4, 9]))
for x in [3.14159, 2 ** 0.5, 0.1, 1 / 3]:
    terms = continued_fraction(x)
    h, k = convergents(terms)[min(5, len(terms) - 1)]
    print(repr(x), terms[:8], f'{h}/{k}', round(h / k, 8), x.hex())
for n in [0, 255, -255, 2 ** 64, 10 ** 20 + 7]:
    print(n, [to_base(n, b) for b in (2, 7, 16, 36)],
          all([int(to_base(n, b), b) == n for b in (2, 3, 7, 16, 36)]))
acc = 0
for i in range(1, 200):
    acc = (acc * 31 + i ** 3) % (2 ** 61 - 1)
print(acc, hash(acc) == acc, divmod(acc, 97), round(acc / 7, 3), round(acc, -5))
fracs = [(22, 7), (355, 113), (-1, 3), (10 ** 20, 3)]
print([round(a / b, 6) for a, b in fracs], [divmod(a, b) for a, b in fracs])
print(float.fromhex((355 / 113).hex()) == 355 / 113, (0.1).as_integer_ratio(), (2.5).is_integer())
