# Recursive generators: tree walks, permutations, combinations, and the eight queens.

class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        # In-order over any number of children: the first half, the node, the rest.
        half = len(self.children) // 2
        for child in self.children[:half]:
            yield from child
        yield self.value
        for child in self.children[half:]:
            yield from child

tree = Node(8, Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7))),
           Node(12, Node(10, Node(9), Node(11)), Node(14, Node(13), Node(15))))
print(list(tree))

def preorder(node, depth=0):
    yield depth, node.value
    for child in node.children:
        yield from preorder(child, depth + 1)

print([f"{'.' * d}{v}" for d, v in preorder(tree)])

def leaves(node):
    if not node.children:
        yield node.value
        return
    for child in node.children:
        yield from leaves(child)

print(list(leaves(tree)))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [item] + rest

print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(6)))))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest

print(list(combinations("abcd", 2)))
print(len(list(combinations(list(range(10)), 4))))

def powerset(items):
    if not items:
        yield []
        return
    for rest in powerset(items[1:]):
        yield rest
        yield [items[0]] + rest

print(sorted(powerset([1, 2, 3]), key=lambda s: (len(s), s)))

def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))

solutions = queens(8)
print(next(solutions))
print(sum(1 for _ in queens(6)), sum(1 for _ in queens(8)))

def hanoi(n, source="A", target="C", spare="B"):
    if n == 0:
        return 0
    moves = yield from hanoi(n - 1, source, spare, target)
    yield f"{source}->{target}"
    return moves + 1 + (yield from hanoi(n - 1, spare, target, source))

print(list(hanoi(3)))

def count_moves(n):
    total = yield from hanoi(n)
    return total

g = count_moves(10)
steps = 0
try:
    while True:
        next(g)
        steps += 1
except StopIteration as e:
    print(steps, e.value)

# Deep recursion through yield from.
def depth(n):
    if n == 0:
        yield "bottom"
    else:
        yield from depth(n - 1)

print(list(depth(200)))

def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        yield []
        return
    for first in range(min(n, largest), 0, -1):
        for rest in partitions(n - first, first):
            yield [first] + rest

print(list(partitions(5)))
print(sum(1 for _ in partitions(20)))
