# Shadowing builtins globally and locally, and restoring them with del.
print(len([1, 2, 3]))
def len(x):
    return "my len"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))

def local_shadow():
    max = 0
    for v in [3, 7, 2]:
        if v > max:
            max = v
    return max
print(local_shadow(), max([3, 7, 2]))

list = "not a list"
print(list)
del list
print(list("ab"))

def param_named_str(str):
    return str * 2
print(param_named_str(4), str(4))

True_ = False
print(True_, True)
print(type(print).__name__, type(len).__name__)
