# Several closures created in one call share the same cells; separate calls do not.
def make_pair():
    value = [0]
    shared = 0
    def inc():
        nonlocal shared
        shared += 1
        value[0] += 10
    def read():
        return shared, value[0]
    return inc, read
inc1, read1 = make_pair()
inc2, read2 = make_pair()
inc1(); inc1(); inc2()
print(read1(), read2())
def closures_see_rebinding():
    x = "before"
    def show():
        return x
    first = show()
    x = "after"
    return first, show()
print(closures_see_rebinding())
def cell_contents():
    a = 1
    b = "two"
    def uses():
        return a, b
    return uses
f = cell_contents()
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
def no_free():
    return 1
print(no_free.__closure__, no_free.__code__.co_freevars)
def outer_cellvars():
    x = 1
    y = 2
    def inner():
        return x
    return inner
print(outer_cellvars.__code__.co_cellvars, outer_cellvars().__code__.co_freevars)
