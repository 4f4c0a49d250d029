# Dataclass-like records (hand-written __init__/__repr__/__eq__ and __match_args__), matched
# by class patterns with positional and keyword sub-patterns: geometry, a bank ledger, and
# a tree walk over nested records.
class Record:
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        names = type(self).__match_args__
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        fields = ", ".join([f"{n}={getattr(self, n)!r}" for n in type(self).__match_args__])
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return all([getattr(self, n) == getattr(other, n) for n in type(self).__match_args__])


class Point(Record):
    __match_args__ = ("x", "y")


class Circle(Record):
    __match_args__ = ("center", "r")


class Rect(Record):
    __match_args__ = ("corner", "w", "h")


class Polygon(Record):
    __match_args__ = ("points",)


def area(shape):
    match shape:
        case Circle(_, r) if r < 0:
            raise ValueError(f"negative radius in {shape}")
        case Circle(r=r):
            return round(3.14159 * r * r, 3)
        case Rect(_, w, h) if w == h:
            return f"square {w * w}"
        case Rect(w=w, h=h):
            return w * h
        case Polygon([]) | Polygon([_]) | Polygon([_, _]):
            return 0
        case Polygon([Point(x0, y0), *rest] as pts):
            # shoelace formula
            total = 0
            for a, b in zip(pts, rest + [pts[0]]):
                match a, b:
                    case Point(x1, y1), Point(x2, y2):
                        total += x1 * y2 - x2 * y1
            return abs(total) / 2
        case _:
            return None


shapes = [Circle(Point(0, 0), 1), Rect(Point(1, 1), 2, 2), Rect(Point(0, 0), 3, 4),
          Polygon([]), Polygon([Point(0, 0), Point(4, 0), Point(4, 3)]),
          Polygon([Point(0, 0), Point(2, 0), Point(2, 2), Point(0, 2)]), Point(1, 1), "circle"]
for s in shapes:
    print(s, "->", area(s))
try:
    area(Circle(Point(0, 0), -2))
except ValueError as e:
    print(type(e).__name__, e)


def quadrant(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, _) | Point(_, 0):
            return "axis"
        case Point(x, y) if x > 0 and y > 0:
            return "I"
        case Point(x, y) if x < 0 < y:
            return "II"
        case Point(x, y) if x < 0 and y < 0:
            return "III"
        case Point():
            return "IV"

print([quadrant(Point(x, y)) for x, y in [(0, 0), (0, 3), (2, 0), (1, 1), (-1, 1), (-1, -1), (1, -1)]])


# A ledger of transactions.
class Deposit(Record):
    __match_args__ = ("account", "amount")


class Withdraw(Record):
    __match_args__ = ("account", "amount")


class Transfer(Record):
    __match_args__ = ("source", "target", "amount")


def run(ledger):
    balances = {}
    for tx in ledger:
        match tx:
            case Deposit(acct, amount) if amount > 0:
                balances[acct] = balances.get(acct, 0) + amount
            case Withdraw(acct, amount) if balances.get(acct, 0) >= amount:
                balances[acct] -= amount
            case Withdraw(acct, amount):
                print("  refused", tx, "balance", balances.get(acct, 0))
            case Transfer(src, dst, amount) if src == dst:
                print("  pointless", tx)
            case Transfer(source=src, target=dst, amount=amount):
                match run_one(balances, Withdraw(src, amount)):
                    case True:
                        balances[dst] = balances.get(dst, 0) + amount
                    case False:
                        print("  transfer failed", tx)
            case Deposit() | Withdraw() | Transfer():
                print("  invalid", tx)
            case other:
                print("  unknown entry", other)
    return balances


def run_one(balances, tx):
    match tx:
        case Withdraw(acct, amount) if balances.get(acct, 0) >= amount:
            balances[acct] -= amount
            return True
    return False


print(run([Deposit("ann", 100), Deposit("bob", 20), Withdraw("bob", 50), Transfer("ann", "bob", 30),
           Transfer("bob", "bob", 1), Transfer("bob", "cat", 500), Deposit("cat", -5), "oops",
           Withdraw("ann", 70)]))

# Equality of records is used by value patterns.
class Known:
    ORIGIN = Point(0, 0)

match Point(0, 0):
    case Known.ORIGIN:
        print("equal to Known.ORIGIN")
