# The nonlocal statement: rebinding an enclosing function's variable, across several levels.
def make_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump
c = make_counter()
print(c(), c(), c())
d = make_counter()
print(d(), c())

def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x = x * 10
        inner()
        inner()
    middle()
    return x
print(outer())

def shadow_levels():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
        return v
    return mid(), v
print(shadow_levels())

def several():
    a = b = 0
    def set_both():
        nonlocal a, b
        a, b = 3, 4
    set_both()
    return a + b
print(several())

def nonlocal_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(nonlocal_loop())
