# A match with many cases and deeply nested patterns: long jumps (EXTENDED_ARG), many
# captures kept on the stack at once, and recursion through match.
def big(v):
    match v:
        case [0, x] | {"n": 0, "x": x}:
            return ("case0", x)
        case [1, x] | {"n": 1, "x": x}:
            return ("case1", x)
        case [2, x] | {"n": 2, "x": x}:
            return ("case2", x)
        case [3, x] | {"n": 3, "x": x}:
            return ("case3", x)
        case [4, x] | {"n": 4, "x": x}:
            return ("case4", x)
        case [5, x] | {"n": 5, "x": x}:
            return ("case5", x)
        case [6, x] | {"n": 6, "x": x}:
            return ("case6", x)
        case [7, x] | {"n": 7, "x": x}:
            return ("case7", x)
        case [8, x] | {"n": 8, "x": x}:
            return ("case8", x)
        case [9, x] | {"n": 9, "x": x}:
            return ("case9", x)
        case [10, x] | {"n": 10, "x": x}:
            return ("case10", x)
        case [11, x] | {"n": 11, "x": x}:
            return ("case11", x)
        case [12, x] | {"n": 12, "x": x}:
            return ("case12", x)
        case [13, x] | {"n": 13, "x": x}:
            return ("case13", x)
        case [14, x] | {"n": 14, "x": x}:
            return ("case14", x)
        case [15, x] | {"n": 15, "x": x}:
            return ("case15", x)
        case [16, x] | {"n": 16, "x": x}:
            return ("case16", x)
        case [17, x] | {"n": 17, "x": x}:
            return ("case17", x)
        case [18, x] | {"n": 18, "x": x}:
            return ("case18", x)
        case [19, x] | {"n": 19, "x": x}:
            return ("case19", x)
        case [20, x] | {"n": 20, "x": x}:
            return ("case20", x)
        case [21, x] | {"n": 21, "x": x}:
            return ("case21", x)
        case [22, x] | {"n": 22, "x": x}:
            return ("case22", x)
        case [23, x] | {"n": 23, "x": x}:
            return ("case23", x)
        case [24, x] | {"n": 24, "x": x}:
            return ("case24", x)
        case [25, x] | {"n": 25, "x": x}:
            return ("case25", x)
        case [26, x] | {"n": 26, "x": x}:
            return ("case26", x)
        case [27, x] | {"n": 27, "x": x}:
            return ("case27", x)
        case [28, x] | {"n": 28, "x": x}:
            return ("case28", x)
        case [29, x] | {"n": 29, "x": x}:
            return ("case29", x)
        case [30, x] | {"n": 30, "x": x}:
            return ("case30", x)
        case [31, x] | {"n": 31, "x": x}:
            return ("case31", x)
        case [32, x] | {"n": 32, "x": x}:
            return ("case32", x)
        case [33, x] | {"n": 33, "x": x}:
            return ("case33", x)
        case [34, x] | {"n": 34, "x": x}:
            return ("case34", x)
        case [35, x] | {"n": 35, "x": x}:
            return ("case35", x)
        case [36, x] | {"n": 36, "x": x}:
            return ("case36", x)
        case [37, x] | {"n": 37, "x": x}:
            return ("case37", x)
        case [38, x] | {"n": 38, "x": x}:
            return ("case38", x)
        case [39, x] | {"n": 39, "x": x}:
            return ("case39", x)
        case [40, x] | {"n": 40, "x": x}:
            return ("case40", x)
        case [41, x] | {"n": 41, "x": x}:
            return ("case41", x)
        case [42, x] | {"n": 42, "x": x}:
            return ("case42", x)
        case [43, x] | {"n": 43, "x": x}:
            return ("case43", x)
        case [44, x] | {"n": 44, "x": x}:
            return ("case44", x)
        case [45, x] | {"n": 45, "x": x}:
            return ("case45", x)
        case [46, x] | {"n": 46, "x": x}:
            return ("case46", x)
        case [47, x] | {"n": 47, "x": x}:
            return ("case47", x)
        case [48, x] | {"n": 48, "x": x}:
            return ("case48", x)
        case [49, x] | {"n": 49, "x": x}:
            return ("case49", x)
        case [50, x] | {"n": 50, "x": x}:
            return ("case50", x)
        case [51, x] | {"n": 51, "x": x}:
            return ("case51", x)
        case [52, x] | {"n": 52, "x": x}:
            return ("case52", x)
        case [53, x] | {"n": 53, "x": x}:
            return ("case53", x)
        case [54, x] | {"n": 54, "x": x}:
            return ("case54", x)
        case [55, x] | {"n": 55, "x": x}:
            return ("case55", x)
        case [56, x] | {"n": 56, "x": x}:
            return ("case56", x)
        case [57, x] | {"n": 57, "x": x}:
            return ("case57", x)
        case [58, x] | {"n": 58, "x": x}:
            return ("case58", x)
        case [59, x] | {"n": 59, "x": x}:
            return ("case59", x)
        case [60, x] | {"n": 60, "x": x}:
            return ("case60", x)
        case [61, x] | {"n": 61, "x": x}:
            return ("case61", x)
        case [62, x] | {"n": 62, "x": x}:
            return ("case62", x)
        case [63, x] | {"n": 63, "x": x}:
            return ("case63", x)
        case [64, x] | {"n": 64, "x": x}:
            return ("case64", x)
        case [65, x] | {"n": 65, "x": x}:
            return ("case65", x)
        case [66, x] | {"n": 66, "x": x}:
            return ("case66", x)
        case [67, x] | {"n": 67, "x": x}:
            return ("case67", x)
        case [68, x] | {"n": 68, "x": x}:
            return ("case68", x)
        case [69, x] | {"n": 69, "x": x}:
            return ("case69", x)
        case [70, x] | {"n": 70, "x": x}:
            return ("case70", x)
        case [71, x] | {"n": 71, "x": x}:
            return ("case71", x)
        case [72, x] | {"n": 72, "x": x}:
            return ("case72", x)
        case [73, x] | {"n": 73, "x": x}:
            return ("case73", x)
        case [74, x] | {"n": 74, "x": x}:
            return ("case74", x)
        case [75, x] | {"n": 75, "x": x}:
            return ("case75", x)
        case [76, x] | {"n": 76, "x": x}:
            return ("case76", x)
        case [77, x] | {"n": 77, "x": x}:
            return ("case77", x)
        case [78, x] | {"n": 78, "x": x}:
            return ("case78", x)
        case [79, x] | {"n": 79, "x": x}:
            return ("case79", x)
        case [80, x] | {"n": 80, "x": x}:
            return ("case80", x)
        case [81, x] | {"n": 81, "x": x}:
            return ("case81", x)
        case [82, x] | {"n": 82, "x": x}:
            return ("case82", x)
        case [83, x] | {"n": 83, "x": x}:
            return ("case83", x)
        case [84, x] | {"n": 84, "x": x}:
            return ("case84", x)
        case [85, x] | {"n": 85, "x": x}:
            return ("case85", x)
        case [86, x] | {"n": 86, "x": x}:
            return ("case86", x)
        case [87, x] | {"n": 87, "x": x}:
            return ("case87", x)
        case [88, x] | {"n": 88, "x": x}:
            return ("case88", x)
        case [89, x] | {"n": 89, "x": x}:
            return ("case89", x)
        case [90, x] | {"n": 90, "x": x}:
            return ("case90", x)
        case [91, x] | {"n": 91, "x": x}:
            return ("case91", x)
        case [92, x] | {"n": 92, "x": x}:
            return ("case92", x)
        case [93, x] | {"n": 93, "x": x}:
            return ("case93", x)
        case [94, x] | {"n": 94, "x": x}:
            return ("case94", x)
        case [95, x] | {"n": 95, "x": x}:
            return ("case95", x)
        case [96, x] | {"n": 96, "x": x}:
            return ("case96", x)
        case [97, x] | {"n": 97, "x": x}:
            return ("case97", x)
        case [98, x] | {"n": 98, "x": x}:
            return ("case98", x)
        case [99, x] | {"n": 99, "x": x}:
            return ("case99", x)
        case [100, x] | {"n": 100, "x": x}:
            return ("case100", x)
        case [101, x] | {"n": 101, "x": x}:
            return ("case101", x)
        case [102, x] | {"n": 102, "x": x}:
            return ("case102", x)
        case [103, x] | {"n": 103, "x": x}:
            return ("case103", x)
        case [104, x] | {"n": 104, "x": x}:
            return ("case104", x)
        case [105, x] | {"n": 105, "x": x}:
            return ("case105", x)
        case [106, x] | {"n": 106, "x": x}:
            return ("case106", x)
        case [107, x] | {"n": 107, "x": x}:
            return ("case107", x)
        case [108, x] | {"n": 108, "x": x}:
            return ("case108", x)
        case [109, x] | {"n": 109, "x": x}:
            return ("case109", x)
        case [110, x] | {"n": 110, "x": x}:
            return ("case110", x)
        case [111, x] | {"n": 111, "x": x}:
            return ("case111", x)
        case [112, x] | {"n": 112, "x": x}:
            return ("case112", x)
        case [113, x] | {"n": 113, "x": x}:
            return ("case113", x)
        case [114, x] | {"n": 114, "x": x}:
            return ("case114", x)
        case [115, x] | {"n": 115, "x": x}:
            return ("case115", x)
        case [116, x] | {"n": 116, "x": x}:
            return ("case116", x)
        case [117, x] | {"n": 117, "x": x}:
            return ("case117", x)
        case [118, x] | {"n": 118, "x": x}:
            return ("case118", x)
        case [119, x] | {"n": 119, "x": x}:
            return ("case119", x)
        case _:
            return None

print([big([i, i * 2]) for i in range(0, 120, 7)])
print(big({"n": 119, "x": "last"}), big([120, 0]), big("x"))


# Twenty captures alive at once in one pattern.
match list(range(20)):
    case [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9]:
        print(a0 + a9 + b0 + b9, [a3, b3])


# Deep nesting of every pattern kind.
class Box:
    __match_args__ = ("content",)

    def __init__(self, content):
        self.content = content


deep = Box({"k": [(1, Box([{"z": (2, 3)}]))]})
match deep:
    case Box({"k": [(1, Box([{"z": (a, b) as pair}]) as inner)]}) if a < b:
        print("deep match", a, b, pair, type(inner).__name__)


# Recursion: evaluating nested lists with match.
def depth(v):
    match v:
        case []:
            return 1
        case [first, *rest]:
            return max(1 + depth(first) if isinstance(first, list) else 1, depth(rest))
        case _:
            return 0


print(depth([1, [2, [3, [4]]], []]), depth([]), depth(5))


def to_str(tree):
    match tree:
        case (op, left, right):
            return f"({to_str(left)} {op} {to_str(right)})"
        case leaf:
            return str(leaf)


t = 0
for i in range(1, 30):
    t = ("+", t, i)
print(to_str(t)[:40], len(to_str(t)))
