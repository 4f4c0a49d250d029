# Calls on call results, calls inside subscripts and arguments, and methods called on literals.
def get_funcs():
    return {'double': lambda x: 2 * x, 'neg': lambda x: -x}
print(get_funcs()['double'](21))
print(get_funcs()['neg'](get_funcs()['double'](5)))
def curry(a):
    def b(x):
        def c(y):
            return a + x + y
        return c
    return b
print(curry(1)(2)(3))
print("-".join(["a", "b"]).upper().replace("A", "@"))
print([1, 2, 3].index(2), (4, 5, 4).count(4), {'k': 1}.get('k'))
print(" x ".strip().upper())
print(len(str(2 ** 100)))
data = [[3, 1, 2], [9, 8]]
print(sorted(data[0])[0], max(map(len, data)))
print(list(reversed(sorted([5, 2, 8])))[0])
handlers = [print, len, str.upper]
print(handlers[1]("four"), handlers[2]("up"))
