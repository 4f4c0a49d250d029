# bench/constraints.py: a finite-domain constraint solver (arc consistency with a propagation
# queue, backtracking on the smallest domain) over a hierarchy of constraint classes, solving
# sudokus, a cryptarithm, magic squares and graph colourings. Usage: constraints.py [rounds
# (default 4)]. Deterministic; prints each solution and the solver's node and revision counts.
import sys


class Constraint:
    """A relation over some variables; prune() narrows their domains and reports what changed."""

    def __init__(self, variables):
        self.variables = list(variables)

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(self.variables)})"

    def prune(self, domains):
        """Remove unsupported values; return the changed variables, or None if one is empty."""
        raise NotImplementedError


class Binary(Constraint):
    """A constraint on two variables given by a predicate on their values."""

    def __init__(self, x, y):
        super().__init__((x, y))
        self.x, self.y = x, y

    def allowed(self, a, b):
        raise NotImplementedError

    def revise(self, domains, x, y, flipped):
        dx, dy = domains[x], domains[y]
        keep = {a for a in dx if any(self.allowed(b, a) if flipped else self.allowed(a, b)
                                     for b in dy)}
        if len(keep) == len(dx):
            return False
        domains[x] = keep
        return True

    def prune(self, domains):
        changed = []
        if self.revise(domains, self.x, self.y, False):
            changed.append(self.x)
        if self.revise(domains, self.y, self.x, True):
            changed.append(self.y)
        if not domains[self.x] or not domains[self.y]:
            return None
        return changed


class NotEqual(Binary):
    def allowed(self, a, b):
        return a != b

    def prune(self, domains):
        # Only a decided variable removes anything: cheaper than the generic revision.
        changed = []
        for x, y in ((self.x, self.y), (self.y, self.x)):
            dx = domains[x]
            if len(dx) == 1:
                (v,) = dx
                if v in domains[y]:
                    domains[y] = domains[y] - dx
                    if not domains[y]:
                        return None
                    changed.append(y)
        return changed


class LessThan(Binary):
    def allowed(self, a, b):
        return a < b


class DiffNot(Binary):
    """x - y is not `gap` and not -`gap`, as for queens on a diagonal."""

    def __init__(self, x, y, gap):
        super().__init__(x, y)
        self.gap = gap

    def allowed(self, a, b):
        return a - b != self.gap and b - a != self.gap


class AllDifferent(Constraint):
    def prune(self, domains):
        changed = []
        decided = {}
        for v in self.variables:
            d = domains[v]
            if len(d) == 1:
                (value,) = d
                if value in decided:
                    return None
                decided[value] = v
        if not decided:
            return changed
        taken = set(decided)
        for v in self.variables:
            d = domains[v]
            if len(d) > 1 and not d.isdisjoint(taken):
                d = d - taken
                if not d:
                    return None
                domains[v] = d
                changed.append(v)
        # A value that fits only one variable belongs to it (hidden single).
        values = set().union(*[domains[v] for v in self.variables])
        if len(self.variables) == len(values):
            for value in sorted(values):
                holders = [v for v in self.variables if value in domains[v]]
                if len(holders) == 1 and len(domains[holders[0]]) > 1:
                    domains[holders[0]] = {value}
                    changed.append(holders[0])
        return changed


class LinearSum(Constraint):
    """sum(coefficient * variable) == total, pruned on the bounds of each term."""

    def __init__(self, terms, total):
        super().__init__([v for v, _ in terms])
        self.terms = terms
        self.total = total

    def prune(self, domains):
        changed = []
        progress = True
        while progress:
            progress = False
            lo = hi = 0
            bounds = []
            for v, c in self.terms:
                d = domains[v]
                a, b = c * min(d), c * max(d)
                if a > b:
                    a, b = b, a
                bounds.append((a, b))
                lo += a
                hi += b
            if not lo <= self.total <= hi:
                return None
            for (v, c), (a, b) in zip(self.terms, bounds):
                # The other terms span [lo - a, hi - b], so this one must land in what is left.
                need_lo, need_hi = self.total - (hi - b), self.total - (lo - a)
                d = domains[v]
                keep = {x for x in d if need_lo <= c * x <= need_hi}
                if len(keep) < len(d):
                    if not keep:
                        return None
                    domains[v] = keep
                    changed.append(v)
                    progress = True
        return changed


class Problem:
    def __init__(self, name):
        self.name = name
        self.domains = {}
        self.constraints = []
        self.watchers = {}

    def variable(self, name, values):
        self.domains[name] = set(values)
        self.watchers[name] = []

    def add(self, constraint):
        self.constraints.append(constraint)
        for v in constraint.variables:
            self.watchers[v].append(constraint)


class Solver:
    def __init__(self, problem):
        self.problem = problem
        self.nodes = 0
        self.revisions = 0

    def propagate(self, domains, queue):
        """Run constraints until nothing changes; False if some domain became empty."""
        pending = set(map(id, queue))
        watchers = self.problem.watchers
        while queue:
            constraint = queue.pop()
            pending.discard(id(constraint))
            self.revisions += 1
            changed = constraint.prune(domains)
            if changed is None:
                return False
            for v in changed:
                for other in watchers[v]:
                    if other is not constraint and id(other) not in pending:
                        pending.add(id(other))
                        queue.append(other)
        return True

    def solutions(self, limit):
        domains = dict(self.problem.domains)
        found = []
        if self.propagate(domains, list(self.problem.constraints)):
            self.search(domains, found, limit)
        return found

    def search(self, domains, found, limit):
        self.nodes += 1
        open_vars = [(len(d), v) for v, d in domains.items() if len(d) > 1]
        if not open_vars:
            found.append({v: next(iter(d)) for v, d in domains.items()})
            return len(found) >= limit
        _, var = min(open_vars)
        for value in sorted(domains[var]):
            trial = dict(domains)
            trial[var] = {value}
            if self.propagate(trial, list(self.problem.watchers[var])):
                if self.search(trial, found, limit):
                    return True
        return False


def sudoku(grid):
    p = Problem("sudoku")
    cells = [[f"r{r}c{c}" for c in range(9)] for r in range(9)]
    for r in range(9):
        for c in range(9):
            digit = grid[r * 9 + c]
            p.variable(cells[r][c], [int(digit)] if digit != "." else range(1, 10))
    units = [row for row in cells] + [[cells[r][c] for r in range(9)] for c in range(9)]
    units += [[cells[br + r][bc + c] for r in range(3) for c in range(3)]
              for br in (0, 3, 6) for bc in (0, 3, 6)]
    for unit in units:
        p.add(AllDifferent(unit))
    return p


def show_sudoku(solution):
    return "".join(str(solution[f"r{r}c{c}"]) for r in range(9) for c in range(9))


def cryptarithm():
    """SEND + MORE = MONEY."""
    p = Problem("send+more=money")
    letters = "SENDMORY"
    for ch in letters:
        p.variable(ch, range(1 if ch in "SM" else 0, 10))
    p.add(AllDifferent(list(letters)))
    words = {"SEND": 1, "MORE": 1, "MONEY": -1}
    coeff = {}
    for word, sign in words.items():
        for i, ch in enumerate(reversed(word)):
            coeff[ch] = coeff.get(ch, 0) + sign * 10 ** i
    p.add(LinearSum(sorted(coeff.items()), 0))
    return p


def magic_square(n):
    p = Problem(f"magic square {n}")
    total = n * (n * n + 1) // 2
    cells = [[f"m{r}{c}" for c in range(n)] for r in range(n)]
    for row in cells:
        for v in row:
            p.variable(v, range(1, n * n + 1))
    p.add(AllDifferent([v for row in cells for v in row]))
    lines = [row for row in cells] + [[cells[r][c] for r in range(n)] for c in range(n)]
    lines += [[cells[i][i] for i in range(n)], [cells[i][n - 1 - i] for i in range(n)]]
    for line in lines:
        p.add(LinearSum([(v, 1) for v in line], total))
    # Break the square's symmetries: the smallest corner is top-left, and m01 < m10.
    p.add(LessThan(cells[0][0], cells[0][n - 1]))
    p.add(LessThan(cells[0][0], cells[n - 1][0]))
    p.add(LessThan(cells[0][0], cells[n - 1][n - 1]))
    p.add(LessThan(cells[0][n - 1], cells[n - 1][0]))
    return p


def queens(n):
    p = Problem(f"{n} queens")
    names = [f"q{i}" for i in range(n)]
    for v in names:
        p.variable(v, range(n))
    for i in range(n):
        for j in range(i + 1, n):
            p.add(NotEqual(names[i], names[j]))
            p.add(DiffNot(names[i], names[j], j - i))
    return p


def colouring(vertices, edges_per_vertex, colours, seed):
    """A random graph from an LCG, coloured with the given number of colours."""
    p = Problem(f"colouring {vertices}")
    for i in range(vertices):
        p.variable(f"v{i}", range(colours))
    state = seed
    seen = set()
    for i in range(vertices):
        for _ in range(edges_per_vertex):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            j = state % vertices
            edge = (min(i, j), max(i, j))
            if i != j and edge not in seen:
                seen.add(edge)
                p.add(NotEqual(f"v{edge[0]}", f"v{edge[1]}"))
    return p


PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..",
    "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
]


def solve(problem, limit):
    solver = Solver(problem)
    found = solver.solutions(limit)
    return found, solver


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    nodes = revisions = 0
    for r in range(rounds):
        report = r == 0
        for grid in PUZZLES:
            found, solver = solve(sudoku(grid), 2)
            nodes += solver.nodes
            revisions += solver.revisions
            if report:
                print("sudoku", show_sudoku(found[0]), "unique:", len(found) == 1,
                      "nodes", solver.nodes)
        found, solver = solve(cryptarithm(), 10)
        nodes += solver.nodes
        revisions += solver.revisions
        if report:
            s = found[0]
            print("SEND+MORE=MONEY:", "".join(str(s[c]) for c in "SEND"), "+",
                  "".join(str(s[c]) for c in "MORE"), "=", "".join(str(s[c]) for c in "MONEY"),
                  "solutions", len(found))
        found, solver = solve(magic_square(3), 100)
        nodes += solver.nodes
        revisions += solver.revisions
        if report:
            print("magic squares of 3:", len(found),
                  [[found[0][f"m{i}{j}"] for j in range(3)] for i in range(3)])
        found, solver = solve(queens(8), 1000)
        nodes += solver.nodes
        revisions += solver.revisions
        if report:
            print("8 queens:", len(found), "first", [found[0][f"q{i}"] for i in range(8)])
        found, solver = solve(colouring(60, 3, 4, 7 + r), 1)
        nodes += solver.nodes
        revisions += solver.revisions
        print("colouring round", r, "colourable:", bool(found), "nodes", solver.nodes,
              found and [found[0][f"v{i}"] for i in range(12)])
    print("rounds", rounds, "nodes", nodes, "revisions", revisions)
    print(repr(NotEqual("a", "b")), repr(LinearSum([("x", 2), ("y", 3)], 7)))


if __name__ == "__main__":
    main()
