# Classic recursive algorithms: factorial, fibonacci, hanoi, permutations, ackermann, flood fill.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
print([factorial(n) for n in range(10)], factorial(30))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(n) for n in range(20)])
moves = []
def hanoi(n, src, dst, via):
    if n:
        hanoi(n - 1, src, via, dst)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), " ".join(moves))
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append(items[i:i + 1] + rest)
    return out
print(permutations("abc"), len(permutations([1, 2, 3, 4, 5])))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 3))
grid = [list(row) for row in ["..#..", ".##..", "#...#", "..#..", "....#"]]
def fill(r, c):
    if r < 0 or c < 0 or r >= len(grid) or c >= len(grid[0]) or grid[r][c] != ".":
        return 0
    grid[r][c] = "o"
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)
print(fill(0, 0), fill(0, 4))
print("\n".join(["".join(row) for row in grid]))
def binary_search(items, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid - 1)
data = list(range(0, 200, 3))
print([binary_search(data, t, 0, len(data) - 1) for t in (0, 99, 100, 198, 199)])
