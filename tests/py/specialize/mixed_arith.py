# Arithmetic on ints, floats and their mixtures through sites that specialize (each lambda runs
# hundreds of times): machine-word fast paths must agree with the general ones at the edges.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**53, -2**53, 2**53+1, 2**62, -2**63, 2**63-1, 1.5, -0.0, 0.0, float('inf'), float('nan'), 1e300, 3.7, -2.5]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b, lambda a, b: a // b, lambda a, b: a % b]
for a in vals:
    for b in vals:
        out = []
        for op in ops:
            try:
                out.append(repr(op(a, b)))
            except Exception as e:
                out.append(type(e).__name__ + ":" + str(e))
        print(repr(a), repr(b), out)
