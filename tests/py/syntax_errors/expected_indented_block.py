# A compound statement whose body is not indented.
def f(x):
    if x > 0:
    return x
    return -x
