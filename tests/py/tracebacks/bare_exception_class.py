# Raising an exception class with no arguments prints just its name.
def validate(x):
    if x > 10:
        raise OverflowError
    return x
print(validate(5))
validate(50)
