# A traceback through a recursive function that is a few frames deep (no repetition elision).
def countdown(n):
    if n == 0:
        return {}["done"]
    return countdown(n - 1)
countdown(2)
