# An assignment expression in a comprehension in a class body has no scope to bind in.
class Table:
    rows = [(last := r) for r in range(3)]
