# An assignment expression may not appear in a comprehension's iterable expression.
data = [[1, 2], [3]]
flat = [x for row in (rows := data) for x in row]
