# if/elif/else chains, nested conditions, truthiness of many values as conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))

for value in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, None, set(), range(0), range(1)]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")

def nested(a, b):
    if a:
        if b:
            return "both"
        else:
            return "only a"
    elif b:
        return "only b"
    return "neither"
print(nested(1, 1), nested(1, 0), nested(0, 1), nested(0, 0))
x = 7
if x > 5: print("inline >5")
if not x % 2:
    print("even")
else:
    print("odd")
