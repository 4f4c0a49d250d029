# A nonlocal name with no binding in any enclosing function.
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
