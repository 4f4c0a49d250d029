# Default parameter values: evaluated once at definition time, shared mutable defaults, None idiom.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet.__defaults__)

def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))

base = 10
def uses_base(x=base):
    return x
base = 20
print(uses_base(), base)

def counter(n=[0]):
    n[0] += 1
    return n[0]
print(counter(), counter(), counter())

def expr_default(a, b=2 * 3 + 1, c=len("four")):
    return a + b + c
print(expr_default(0), expr_default.__defaults__)
