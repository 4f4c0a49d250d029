# Instance dicts share keys per class (split dicts): every operation must still behave as
# an ordinary dict, whatever order attributes are set, deleted or added in.
import sys
class A:
    def __init__(self, x, y):
        self.x = x; self.y = y
a = A(1, 2); b = A(3, 4)
print(a.__dict__, b.__dict__, vars(a))
b.z = 5; print(b.__dict__, a.__dict__)
a.y = 7; print(a.__dict__)
a.z = 9; print(a.__dict__)
c = A(0, 0); c.q = 1; c.z = 2; print(c.__dict__, list(c.__dict__))
del a.x; print(a.__dict__); a.x = 11; print(a.__dict__)
d = A(1,2); d.__dict__[5] = 6; print(d.__dict__)
e = A(1,2)
for i in range(40): setattr(e, 'a' + str(i), i)
print(len(e.__dict__), e.a39)
f = A(1,2); print(f.__dict__.pop('x'), f.__dict__, f.__dict__.popitem(), f.__dict__)
g = A(1,2); g.__dict__.clear(); print(g.__dict__); g.w = 1; print(g.__dict__)
h = A(1,2); print(h.__dict__.copy(), dict(h.__dict__), h.__dict__ == {'x':1,'y':2})
i = A(1,2); i.__dict__.update({'y': 3, 'k': 4}); print(i.__dict__)
j = A(1,2); print(j.__dict__.setdefault('y', 0), j.__dict__.setdefault('m', 0), j.__dict__)
class B(A): pass
k = B(1,2); k.t = 3; print(k.__dict__, list(reversed(k.__dict__)))
print(sorted(vars(B(5, 6)).items()), A(1, 2).__dict__ is not A(1, 2).__dict__)
