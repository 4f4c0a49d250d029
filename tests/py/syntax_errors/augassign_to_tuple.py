# An augmented assignment to a tuple target.
a = b = 1
a, b += 1, 2
