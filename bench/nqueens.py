# bench/nqueens.py: the n-queens puzzle three ways: a recursive generator with `yield from` over
# sets of attacked columns and diagonals, a filter over a hand-written permutation generator, and
# the count of solutions distinct under the board's symmetries (frozensets, set comprehensions).
# Usage: nqueens.py [n (default 11)]. Deterministic; prints solution counts and a few solutions.
import sys


def solutions(n, row=0, cols=frozenset(), up=frozenset(), down=frozenset(), placed=()):
    """Yield every placement of queens on rows row..n-1 as a tuple of column numbers."""
    if row == n:
        yield placed
        return
    for col in range(n):
        if col not in cols and row + col not in up and row - col not in down:
            yield from solutions(n, row + 1, cols | {col}, up | {row + col}, down | {row - col},
                                 placed + (col,))


def permutations(items):
    """Yield every ordering of the tuple items, in lexicographic order of positions."""
    if len(items) <= 1:
        yield items
        return
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield (first,) + rest


def by_permutations(n):
    """Solutions as the permutations whose queens occupy 2n distinct diagonals."""
    return (p for p in permutations(tuple(range(n)))
            if len({r + c for r, c in enumerate(p)}) == n == len({r - c for r, c in enumerate(p)}))


def symmetries(solution):
    """The 8 images of a solution under rotations and reflections of the board."""
    n = len(solution)
    cells = {(r, c) for r, c in enumerate(solution)}
    images = []
    for _ in range(4):
        cells = {(c, n - 1 - r) for r, c in cells}
        images.append(frozenset(cells))
        images.append(frozenset((r, n - 1 - c) for r, c in cells))
    return images


def distinct(all_solutions):
    """Count the solutions that differ by more than a symmetry of the board."""
    seen = set()
    classes = 0
    for s in all_solutions:
        key = frozenset((r, c) for r, c in enumerate(s))
        if key in seen:
            continue
        classes += 1
        seen.update(symmetries(s))
    return classes


def board(solution):
    n = len(solution)
    return ["".join("Q" if c == col else "." for c in range(n)) for col in solution]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    for size in range(1, n + 1):
        found = list(solutions(size))
        print(f"{size:2} queens: {len(found):5} solutions, {distinct(found):4} distinct",
              "first", found[0] if found else None)
    small = max(1, min(n - 2, 9))
    gen = by_permutations(small)
    first = next(gen, None)
    rest = sum(1 for _ in gen)
    print(f"by permutations, {small} queens: {rest + (first is not None)} solutions")
    if first is not None:
        print("\n".join(board(first)))
    last = None
    for last in solutions(n):
        pass
    print("last", last, "sum of columns over all", sum(sum(s) for s in solutions(min(n, 8))))


if __name__ == "__main__":
    main()
