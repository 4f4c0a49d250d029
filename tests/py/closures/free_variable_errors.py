# Accessing a free variable before the enclosing function assigns it raises NameError.
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
    value = "assigned"
    return inner()
print(outer())
def deleted():
    x = 1
    def inner():
        return x
    del x
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)
print(deleted())
def unbound_nonlocal():
    y = 0
    def inner():
        nonlocal y
        del y
    inner()
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(unbound_nonlocal())
