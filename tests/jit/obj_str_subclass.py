# String concatenation and equality translated natively (BINARY_OP_ADD_UNICODE,
# COMPARE_OP_STR_JUMP) behind exact-str guards: str subclasses overriding __add__, __radd__ or
# __eq__ reach the specialized sites mid-loop and must run their overrides; equal strings that
# are different objects compare equal, and a non-str operand raises CPython's TypeError.
# jit-threshold: 200
# expect-stat: deopts \(operand types\) at join \(line [0-9]+\) BINARY_OP
# expect-stat: deopts \(operand types\) at matches \(line [0-9]+\) COMPARE_OP
# expect-stat: functions compiled: [1-9]


def join(parts, sep, n):
    out = ""
    for _ in range(n):
        for p in parts:
            out = out + p
            out += sep
    return len(out), out[:24]


def matches(words, target, n):
    hits = misses = 0
    for _ in range(n):
        for w in words:
            if w == target:
                hits += 1
            if w != target:
                misses += 1
    return hits, misses


words = ["spam", "eggs", "spam", "ham", "".join(["sp", "am"])]
print(join(words, ",", 60))
print(matches(words, "spam", 300))


class Shout(str):
    def __add__(self, other):
        return Shout(str.__add__(self, other).upper())

    def __radd__(self, other):
        return Shout(str.__add__(other, self) + "!")


print(join([Shout("a"), "b"], "-", 2))
print(join(["x", Shout("y")], ".", 2))


class Anything(str):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = str.__hash__


print(matches(words + [Anything("zzz")], "spam", 3))
print(matches(words, Anything("nope"), 3))
print(matches(["é", "e\u0301", "\u00e9"], "é", 300))

try:
    join(["a", 5], "", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(matches([1, "spam", None], "spam", 2))
print(join(words, ",", 60))
