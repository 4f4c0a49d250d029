# Comparing two 10,000-deep nested lists raises RecursionError; shallow ones compare normally.
def build(depth, leaf):
    v = [leaf]
    for _ in range(depth):
        v = [v]
    return v
a = build(10000, 1)
b = build(10000, 1)
for label, op in [("==", lambda: a == b), ("<", lambda: a < b)]:
    try:
        op()
        print(label, "succeeded?!")
    except RecursionError as e:
        print(label, type(e).__name__, "|", e)
print(build(100, 1) == build(100, 1), build(100, 1) < build(100, 2))
