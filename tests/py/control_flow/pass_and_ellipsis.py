# Empty bodies written with pass or ..., and loops whose body does nothing.
def todo():
    pass
def later():
    ...
print(todo(), later())
for i in range(3):
    pass
print("i after loop", i)
while False:
    ...
if True:
    pass
else:
    print("no")
class Placeholder:
    pass
print(type(Placeholder).__name__)
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")
x = ...
print(x, type(x).__name__, x is Ellipsis)
print([..., ...])
