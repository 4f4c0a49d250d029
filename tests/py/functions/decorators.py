# Function decorators: wrappers, stacked decorators, decorators with arguments, and call order.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper
def exclaim(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs) + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"), greet.__name__)
@exclaim
@shout
def stacked(x):
    return "stacked " + x
print(stacked("call"))
@shout
@exclaim
def other_order(x):
    return "order " + x
print(other_order("x"))
def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
order = []
def trace(label):
    order.append("factory " + label)
    def decorator(func):
        order.append("decorate " + label)
        return func
    return decorator
@trace("outer")
@trace("inner")
def traced():
    return "traced"
print(order, traced())
def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@counted
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
