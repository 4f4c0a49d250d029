# Closures several levels deep: free variables pass through intermediate functions.
def level1():
    a = "a1"
    def level2():
        b = "b2"
        def level3():
            c = "c3"
            def level4():
                return a + b + c
            return level4
        return level3
    return level2
print(level1()()()())
def modify_middle():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 5
            return x
        inner()
        return inner()
    result = middle()
    return result, x
print(modify_middle())
def shadowing():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            return v
        return inner()
    def other():
        return v
    return mid(), other()
print(shadowing())
def make_adder_chain(n):
    def add(x):
        def add_again(y):
            return n + x + y
        return add_again
    return add
print(make_adder_chain(1)(10)(100))
