# A traceback with more than three identical recursive frames collapses into "Previous line repeated".
def descend(n):
    if n == 0:
        raise ValueError("reached the bottom")
    return descend(n - 1)
descend(20)
