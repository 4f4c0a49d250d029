# Iterable unpacking is not allowed as a comprehension element.
rows = [[1, 2], [3]]
print([*row for row in rows])
