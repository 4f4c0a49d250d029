# Semicolon-separated statements, comments, pass, ellipsis and simple statements on one line.
a = 1; b = 2; c = a + b; print(a, b, c)
x = 5;   # trailing semicolon
print(x)
if a: pass
def nothing(): ...
print(nothing())
print(...)
print(Ellipsis is ...)
y = [1,2,3];print(y);y.append(4);print(y)
# comment
#comment without space
     # indented comment at top level is ignored
del a; print('b' in globals() and 'a' not in globals())
while False: pass
for i in range(2): print(i); print(i * 10)
if c > 2: print("big"); print("still big")
else: print("small")
try: print("try")
except: print("except")
finally: print("finally")
def g(): return 1; print("unreachable")
print(g())
z = 1 if True else 2; print(z)
