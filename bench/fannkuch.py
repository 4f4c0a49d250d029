# bench/fannkuch.py: fannkuch-redux, the pancake-flipping count over every permutation of 1..n
# (list copies, element swaps and index arithmetic). Usage: fannkuch.py [n (default 9)]
# [rounds (default 2: n=10 would take seven times as long as n=9, so the default repeats n=9
# to run a second or more)]. Deterministic; prints the permutation checksum and the maximum
# number of flips.
import sys


def count_flips(perm):
    """Flip the first perm[0] + 1 items until 0 comes first; return how many flips it took."""
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        # Reverse p[0..first] by swapping pairs: index arithmetic rather than slicing.
        i, j = 0, first
        while i < j:
            p[i], p[j] = p[j], p[i]
            i += 1
            j -= 1
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    """Visit the permutations in the counting order of fannkuch-redux; return (checksum, max)."""
    perm = list(range(n))
    count = [0] * n
    checksum = max_flips = 0
    sign = 1
    while True:
        flips = count_flips(perm) if perm[0] else 0
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign > 0 else -flips
        # Next permutation: rotate the first r + 1 items left, for the smallest r whose counter
        # has not run out; counters below it restart.
        r = 1
        while True:
            if r == n:
                return checksum, max_flips
            first = perm[0]
            for i in range(r):
                perm[i] = perm[i + 1]
            perm[r] = first
            count[r] += 1
            if count[r] <= r:
                break
            count[r] = 0
            r += 1
        sign = -sign


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    for _ in range(rounds):
        checksum, max_flips = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(" + str(n) + ") =", max_flips)


if __name__ == "__main__":
    main()
