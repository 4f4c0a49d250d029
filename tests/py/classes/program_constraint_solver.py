# Constraint propagation: variables with finite domains, binary constraints, AC-3 arc
# consistency and backtracking search with the minimum-remaining-values heuristic. Solves a
# map colouring and a 4x4 Sudoku, and reports an unsatisfiable problem.
class Inconsistent(Exception):
    def __init__(self, variable):
        super().__init__(f"domain of {variable.name} wiped out")
        self.variable = variable


class Domain:
    def __init__(self, values):
        self.values = sorted(set(values))

    def __len__(self):
        return len(self.values)

    def __iter__(self):
        return iter(list(self.values))

    def __contains__(self, v):
        return v in self.values

    def __bool__(self):
        return bool(self.values)

    def discard(self, v):
        if v in self.values:
            self.values.remove(v)
            return True
        return False

    def copy(self):
        return Domain(self.values)

    def __repr__(self):
        return "{" + ",".join(map(str, self.values)) + "}"


class Variable:
    def __init__(self, name, values):
        self.name = name
        self.domain = Domain(values)
        self.neighbors = []

    def __repr__(self):
        return f"{self.name}{self.domain!r}"

    def __lt__(self, other):
        return (len(self.domain), self.name) < (len(other.domain), other.name)

    @property
    def value(self):
        if len(self.domain) != 1:
            raise AttributeError(f"{self.name} is not decided")
        return self.domain.values[0]


class Constraint:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def allows(self, x, y):
        raise NotImplementedError

    def other(self, v):
        return self.b if v is self.a else self.a

    def check(self, var, x, other, y):
        return self.allows(x, y) if var is self.a else self.allows(y, x)


class NotEqual(Constraint):
    def allows(self, x, y):
        return x != y

    def __repr__(self):
        return f"{self.a.name}!={self.b.name}"


class LessThan(Constraint):
    def allows(self, x, y):
        return x < y

    def __repr__(self):
        return f"{self.a.name}<{self.b.name}"


class Problem:
    def __init__(self):
        self.variables = {}
        self.constraints = []
        self.revisions = 0

    def __getitem__(self, name):
        return self.variables[name]

    def add(self, name, values):
        self.variables[name] = v = Variable(name, values)
        return v

    def constrain(self, kind, a, b):
        c = kind(self[a], self[b])
        self.constraints.append(c)
        self[a].neighbors.append(c)
        self[b].neighbors.append(c)

    def revise(self, var, c):
        other = c.other(var)
        removed = False
        for x in var.domain:
            if not [y for y in other.domain if c.check(var, x, other, y)]:
                var.domain.discard(x)
                removed = True
        self.revisions += 1
        return removed

    def ac3(self):
        queue = [(c.a, c) for c in self.constraints] + [(c.b, c) for c in self.constraints]
        while queue:
            var, c = queue.pop(0)
            if self.revise(var, c):
                if not var.domain:
                    raise Inconsistent(var)
                for n in var.neighbors:
                    if n is not c:
                        queue.append((n.other(var), n))

    def snapshot(self):
        return {n: v.domain.copy() for n, v in self.variables.items()}

    def restore(self, snap):
        for n, d in snap.items():
            self.variables[n].domain = d

    def solve(self):
        try:
            self.ac3()
        except Inconsistent:
            return False
        open_vars = sorted([v for v in self.variables.values() if len(v.domain) > 1])
        if not open_vars:
            return True
        var = open_vars[0]
        for value in var.domain:
            snap = self.snapshot()
            var.domain = Domain([value])
            if self.solve():
                return True
            self.restore(snap)
        return False


def colour_map():
    p = Problem()
    regions = ["WA", "NT", "SA", "Q", "NSW", "V", "T"]
    for r in regions:
        p.add(r, ["red", "green", "blue"])
    p["WA"].domain = Domain(["red"])
    borders = [("WA", "NT"), ("WA", "SA"), ("NT", "SA"), ("NT", "Q"), ("SA", "Q"),
               ("SA", "NSW"), ("SA", "V"), ("Q", "NSW"), ("NSW", "V")]
    for a, b in borders:
        p.constrain(NotEqual, a, b)
    print("colouring solved:", p.solve())
    print({r: p[r].value for r in regions})


def sudoku(rows):
    p = Problem()
    for r in range(4):
        for c in range(4):
            given = rows[r][c]
            p.add(f"r{r}c{c}", [given] if given else [1, 2, 3, 4])
    cells = [(r, c) for r in range(4) for c in range(4)]
    for i, (r1, c1) in enumerate(cells):
        for r2, c2 in cells[i + 1:]:
            same_box = (r1 // 2, c1 // 2) == (r2 // 2, c2 // 2)
            if r1 == r2 or c1 == c2 or same_box:
                p.constrain(NotEqual, f"r{r1}c{c1}", f"r{r2}c{c2}")
    solved = p.solve()
    print("sudoku solved:", solved, "constraints:", len(p.constraints))
    if solved:
        for r in range(4):
            print(" ".join([str(p[f"r{r}c{c}"].value) for c in range(4)]))


def chain():
    p = Problem()
    for name in "abcd":
        p.add(name, range(1, 5))
    p.constrain(LessThan, "a", "b")
    p.constrain(LessThan, "b", "c")
    p.constrain(LessThan, "c", "d")
    p.ac3()
    print("chain after AC-3:", sorted(p.variables.values(), key=lambda v: v.name), p.revisions > 0)


def impossible():
    p = Problem()
    for name in "xyz":
        p.add(name, [1, 2])
    p.constrain(NotEqual, "x", "y")
    p.constrain(NotEqual, "y", "z")
    p.constrain(NotEqual, "x", "z")
    print("pigeonhole solvable:", p.solve())
    q = Problem()
    q.add("u", [3])
    q.add("w", [1, 2])
    q.constrain(LessThan, "u", "w")
    try:
        q.ac3()
    except Inconsistent as e:
        print(type(e).__name__, e, e.variable)
    try:
        q["w"].value
    except AttributeError as e:
        print("AttributeError:", e)


colour_map()
sudoku([[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]])
chain()
impossible()
print(repr(Domain([3, 1, 2, 1])), 2 in Domain([2]), bool(Domain([])), len(Domain("abc")))
try:
    Constraint(None, None).allows(1, 2)
except NotImplementedError:
    print("NotImplementedError raised")
