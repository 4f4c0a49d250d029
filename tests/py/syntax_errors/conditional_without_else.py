# A conditional expression missing its else part.
x = 1 if True
