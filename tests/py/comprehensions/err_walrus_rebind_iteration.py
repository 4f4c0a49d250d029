# An assignment expression may not rebind a comprehension's iteration variable.
values = [1, 2, 3]
print([x for x in values if (x := x * 2) > 2])
