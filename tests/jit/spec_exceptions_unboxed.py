# Exceptions raised while locals are unboxed in registers: the values are written back into
# the frame first, so handlers in the same function, tracebacks' frames and callers see them.
# expect-stat: functions compiled: [1-9]
import sys

def risky(xs):
    acc = 0.0
    k = 0
    for x in xs:
        acc = acc + x * 2.0
        k = k + 1
        try:
            if x > 5.0:
                raise ValueError("big %r" % x)
        except ValueError as e:
            print("caught", e, acc, k)
    return acc, k

def snapshot(xs):
    acc = 0.0
    for x in xs:
        acc = acc * 1.0 + x
        if x < 0.0:
            return sys._getframe().f_locals["acc"]
    return acc

def boom(xs):
    acc = 1.0
    for x in xs:
        acc = acc + x
        [][int(x)]

for _ in range(30):
    risky([1.0, 2.0])
    snapshot([1.0, 2.0])
print(risky([1.0, 6.0, 2.5, 7.0]))
print(snapshot([1.0, 2.0, -4.0, 9.0]))
try:
    boom([0.5, 1.5])
except IndexError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(e).__name__, e, tb.tb_frame.f_locals["acc"], tb.tb_frame.f_locals["x"])
