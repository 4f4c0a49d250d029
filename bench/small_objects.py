# bench/small_objects.py: allocation-heavy code: many short-lived small objects (binary trees
# of tuples, linked lists of slotted instances, little dicts and lists, rational numbers as
# instances), most of them garbage soon after they are made, some kept alive to grow the heap.
# Usage: small_objects.py [scale (default 14)]. Deterministic; prints counts and checksums.
import sys


def make_tree(depth):
    """A complete binary tree of tuples: a leaf is (None, None)."""
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def count_nodes(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + count_nodes(left) + count_nodes(right)


def trees(max_depth):
    """Many short-lived trees of every depth, and one long-lived tree that outlasts them."""
    long_lived = make_tree(max_depth)
    lines = []
    for depth in range(4, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + 5)
        checked = 0
        for _ in range(iterations):
            checked += count_nodes(make_tree(depth))
        lines.append(f"{iterations:6} trees of depth {depth:2}: {checked} nodes")
    lines.append(f"long-lived tree of depth {max_depth}: {count_nodes(long_lived)} nodes")
    return lines


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def linked_lists(n, rounds):
    total = 0
    for r in range(rounds):
        head = None
        for i in range(n):
            head = Node(i * r, head)
        # Reverse in place, then walk it.
        prev = None
        while head is not None:
            head.next, prev, head = prev, head, head.next
        while prev is not None:
            total += prev.value
            prev = prev.next
    return total


class Fraction:
    """A rational number in lowest terms; every operation makes a new one."""
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        a, b = num, den
        while b:
            a, b = b, a % b
        if den < 0:
            a = -a
        self.num = num // a
        self.den = den // a

    def __add__(self, other):
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    def __mul__(self, other):
        return Fraction(self.num * other.num, self.den * other.den)

    def __repr__(self):
        return f"{self.num}/{self.den}"


def fractions(n):
    """The sum of 1/(k(k+1)) telescopes to n/(n+1); the product of (k+1)/k is n+1."""
    total = Fraction(0)
    product = Fraction(1)
    for k in range(1, n + 1):
        total = total + Fraction(1, k * (k + 1))
        product = product * Fraction(k + 1, k)
    return total, product


def records(n):
    """Little dicts, tuples and lists, built, grouped and thrown away."""
    groups = {}
    for i in range(n):
        rec = {"id": i, "key": (i % 7, i % 3), "tags": [i % 5, i % 11], "pos": (i * 0.5, -i)}
        groups.setdefault(rec["key"], []).append(rec)
    summary = []
    for key in sorted(groups):
        items = groups[key]
        ids = [r["id"] for r in items]
        tags = {t for r in items for t in r["tags"]}
        summary.append((key, len(items), sum(ids) % 1000, len(tags)))
    grid = {}
    for i in range(n):
        point = (i % 100, i // 100)
        grid[point] = grid.get(point, ()) + (i,)
    neighbours = 0
    for (x, y) in grid:
        for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):
            if (x + dx, y + dy) in grid:
                neighbours += 1
    return summary, len(grid), neighbours


def churn(n):
    """Lists that grow and shrink, and tuples packed and unpacked, in a tight loop."""
    stack = []
    acc = 0
    for i in range(n):
        stack.append((i, i + 1, (i, "x")))
        if i % 3 == 2:
            a, b, (c, _) = stack.pop()
            acc += a + b - c
            stack = stack[1:] + [(acc % 7, 0, (0, "y"))]
        if len(stack) > 50:
            stack = [t for t in stack if t[0] % 2][-20:]
    return acc, len(stack)


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 14
    for line in trees(scale):
        print(line)
    print("linked lists:", linked_lists(2 ** scale, 32))
    total, product = fractions(scale * 3000)
    print("fractions:", total, product)
    summary, cells, neighbours = records(2 ** scale * 4)
    print("records:", summary[:4], len(summary), "grid cells", cells, "neighbours", neighbours)
    print("churn:", churn(2 ** scale * 16))


if __name__ == "__main__":
    main()
