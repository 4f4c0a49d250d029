# Guards: evaluated after the pattern matched and its names were bound; a false guard moves
# on to the next case (the names stay bound); guards see the enclosing scope and may have
# side effects, walrus bindings and exceptions.
log = []


def check(tag, result):
    log.append(tag)
    return result


def grade(score):
    match score:
        case int(s) if check("neg", s < 0):
            return "invalid"
        case int(s) if check("A", s >= 90):
            return "A"
        case int(s) if check("B", s >= 80):
            return "B"
        case int(s) if s >= 50 and check("pass", True):
            return "pass"
        case int():
            return "fail"
        case _ if check("default guard", False):
            return "never"
        case _:
            return "not a score"


for s in [95, 85, 60, 10, -5, "x"]:
    log.clear()
    print(s, grade(s), log)


# The captured names stay bound when the guard fails.
def leftover(v):
    match v:
        case [x, y] if x > y:
            return "descending"
        case _:
            return f"not descending, x={x} y={y}"

print(leftover([1, 2]))


# Walrus in a guard binds in the function scope.
def walrus(v):
    match v:
        case [*items] if (total := sum(items)) > 10:
            return f"big total {total}"
        case [*items]:
            return f"small total {total}"

print(walrus([5, 6]), walrus([1, 2]))


# Guard truthiness uses __bool__; errors propagate out of the match.
class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__ ->", self.v)
        return self.v

match 1:
    case 1 if Truth(False):
        print("wrong")
    case 1 if Truth(True):
        print("second guard passed")

try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# A guard on a trailing wildcard case.
def trailing(v, flag):
    match v:
        case 1:
            return "one"
        case _ if flag:
            return "flagged"
    return "fell off the end"

print(trailing(1, False), trailing(2, True), trailing(2, False))

# A guard on a single wildcard case (the only case).
for flag in [True, False]:
    match object():
        case _ if flag:
            print("only case, guard", flag)

# Guards with `and`/`or`/`not` and comparisons chains.
def chained(v):
    match v:
        case (a, b, c) if a < b < c:
            return "increasing"
        case (a, b, c) if not (a or b or c):
            return "all falsy"
        case (a, b, c) if a == b or b == c:
            return "some equal neighbours"
        case _:
            return "none"

for v in [(1, 2, 3), (0, False, 0), (1, 1, 0), (3, 2, 1), 5]:
    print(v, chained(v))

# A guard may refer to the subject's name.
point = (3, 4)
match point:
    case (x, y) if (x, y) == point:
        print("guard sees the subject variable")
