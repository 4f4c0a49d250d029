# Nested lists/dicts/tuples: deep access, mutation through aliases, repr of nested and recursive data.
data = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bob", "tags": []}], "count": 2}
print(data["users"][0]["tags"][1], len(data["users"][1]["tags"]))
data["users"][1]["tags"].append("new")
print(data)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad_grid = [[0] * 3] * 3
bad_grid[1][1] = 5
print(bad_grid)
a = [1, 2]
a.append(a)
print(a, len(a), a[2][2][0])
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
nested = [1, [2, [3, [4, [5]]]]]
depth = 0
cur = nested
while isinstance(cur, list):
    depth += 1
    cur = cur[-1]
print("depth", depth, "innermost", cur)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([[row[i] for row in matrix] for i in range(3)])
tree = ("root", [("a", []), ("b", [("c", [])])])
def count_nodes(node):
    return 1 + sum([count_nodes(child) for child in node[1]])
print(count_nodes(tree))
print([[]] == [[]], [[]] is [[]], {"a": [1]} == {"a": [1]})
