# A name captured twice in one pattern is a SyntaxError.
def f(point):
    match point:
        case (x, y, x):
            return x
