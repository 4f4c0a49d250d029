# bench/spectral_norm.py: the spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1)
# / 2 + i + 1), by the power method on A^T A (float division, nested loops, list comprehensions).
# Usage: spectral_norm.py [n (default 450)]. Deterministic; prints the norm to 9 decimals.
import sys


def a_entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times_a(u):
    """Return A u."""
    n = len(u)
    return [sum([a_entry(i, j) * u[j] for j in range(n)]) for i in range(n)]


def times_at(u):
    """Return A^T u."""
    n = len(u)
    result = []
    for i in range(n):
        s = 0.0
        for j, uj in enumerate(u):
            s += a_entry(j, i) * uj
        result.append(s)
    return result


def times_ata(u):
    return times_at(times_a(u))


def spectral_norm(n, rounds):
    u = [1.0] * n
    v = u
    for _ in range(rounds):
        v = times_ata(u)
        u = times_ata(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 450
    print("n", n)
    print("spectral norm: %.9f" % spectral_norm(n, 10))


if __name__ == "__main__":
    main()
