# any() and all() on empty and non-empty iterables, with short-circuiting.
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]))
print(any("") , all(""), any(" "), all(["a", ""]))
print(any([x > 3 for x in range(5)]), all([x < 5 for x in range(5)]))
seen = []
def check(x):
    seen.append(x)
    return x > 1
print(any(map(check, [0, 1, 2, 3, 4])), seen)
seen.clear()
print(all(map(check, [5, 6, 0, 7])), seen)
print(any({0: "a", 1: "b"}), all({0: "a"}), any(range(0)), all(range(1, 4)))
print(any([None, [], ()]), any([None, [0]]), all([[0], (0,), "0"]))
