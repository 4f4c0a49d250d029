# Class bodies: names defined there are class attributes, not visible to functions defined inside.
x = "global"
class C:
    x = "class attr"
    y = x + " (read in class body)"
    def method():
        return x
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(C.x)
print(C.y)
print(C.method())
print(C.doubled)

def make():
    z = "enclosing"
    class D:
        w = z
        z2 = z + "!"
        def get():
            return z
    return D
D = make()
print(D.w, D.z2, D.get())

class E:
    n = 5
    try:
        squares = [n * i for i in range(3)]
    except NameError as e:
        error = str(e)
print(E.error)
n = 2
class F:
    n = 5
    squares = [n * i for i in range(3)]
print(F.squares)
class G:
    a = 1
    a = a + 1
    del a
print(hasattr(G, "a"))
