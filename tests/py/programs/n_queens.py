# N-queens by backtracking: solution counts for n = 1..8 and the first board for n = 6 and 8.
def solve(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
def board(solution):
    n = len(solution)
    return "\n".join(["".join(["Q" if solution[r] == c else "." for c in range(n)]) for r in range(n)])
six = solve(6)
print(six)
print(board(six[0]))
eight = solve(8)
print(eight[0], eight[-1])
print(board(eight[0]))
symmetric = [s for s in eight if s == s[::-1]]
print("palindromic placements:", len(symmetric))
