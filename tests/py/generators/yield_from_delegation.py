# yield from hands send(), throw() and close() to the subiterator (PEP 380).

log = []

def sub():
    try:
        while True:
            try:
                got = yield "sub waiting"
                log.append(("sub got", got))
                if got == "finish":
                    return "sub result"
            except ValueError as e:
                log.append(("sub caught", str(e)))
                yield "sub handled " + str(e)
    finally:
        log.append("sub finally")

def outer():
    try:
        result = yield from sub()
        log.append(("outer got", result))
        yield "outer after"
    except KeyError as e:
        log.append(("outer caught", str(e)))
        yield "outer handled"
    finally:
        log.append("outer finally")

g = outer()
print(next(g))
print(g.send(1))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.send("finish"))
print(log)
log.clear()

# An exception the subgenerator does not handle reaches the delegating generator.
g = outer()
next(g)
print(g.throw(KeyError("k")))
print(log)
log.clear()

# close() closes the subgenerator, then the delegating one.
g = outer()
next(g)
g.close()
print(log)
log.clear()

# A subiterator that is not a generator: send() calls its send(), throw() its throw().
class Proxy:
    def __init__(self):
        self.calls = []
    def __iter__(self):
        return self
    def __next__(self):
        self.calls.append("next")
        return "next value"
    def send(self, value):
        self.calls.append(("send", value))
        if value == "stop":
            raise StopIteration("proxy done")
        return "sent " + repr(value)
    def throw(self, *args):
        self.calls.append(("throw", len(args), args[0].__name__ if isinstance(args[0], type) else type(args[0]).__name__))
        if args[0] is KeyError:
            raise StopIteration("thrown to stop")
        return "thrown"
    def close(self):
        self.calls.append("close")

p = Proxy()
def deleg():
    r = yield from p
    yield "deleg got " + repr(r)

g = deleg()
print(next(g), g.send(None), g.send(5))
print(g.throw(ValueError))
print(g.throw(ValueError, ValueError("x")))
print(g.send("stop"))
print(p.calls)

p = Proxy()
g = deleg()
next(g)
print(g.throw(KeyError))
p.calls.clear()
g = deleg()
next(g)
g.close()
print(p.calls)

# A subiterator without send() or throw(): send(non-None) fails with AttributeError, throw()
# raises in the delegating generator.
class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        return "plain"

def deleg_plain():
    try:
        yield from Plain()
    except ZeroDivisionError:
        yield "caught in delegating generator"

g = deleg_plain()
print(next(g), g.send(None))
try:
    g.send(1)
except AttributeError as e:
    print("AttributeError", e)

g = deleg_plain()
next(g)
print(g.throw(ZeroDivisionError))

# List iterators have no close(): closing the delegating generator still works.
def deleg_list():
    try:
        yield from [1, 2, 3]
    finally:
        print("deleg_list finally")

g = deleg_list()
next(g)
g.close()

# A subgenerator that returns when thrown into: the value resumes the delegating one.
def returns_on_throw():
    try:
        yield 1
    except IndexError:
        return "returned after throw"

def receiver():
    r = yield from returns_on_throw()
    yield r

g = receiver()
next(g)
print(g.throw(IndexError))

# Three levels of delegation for send and throw.
def level3():
    while True:
        try:
            v = yield
            print("level3 got", v)
        except OSError as e:
            print("level3 caught", e)

def level2():
    yield from level3()

def level1():
    yield from level2()

g = level1()
next(g)
g.send("a")
g.throw(OSError("deep"))
g.send("b")
g.close()
print(g.gi_frame)

# gi_running of the delegating generator while the subgenerator runs.
def watcher():
    print("outer running:", outer_gen.gi_running, "inner running:", inner_gen.gi_running)
    yield

inner_gen = watcher()
def outer_wrap():
    yield from inner_gen

outer_gen = outer_wrap()
next(outer_gen)
print(outer_gen.gi_running, inner_gen.gi_running)

# Sending into a subgenerator that is already running.
def recursive_send():
    yield from rs_inner

def rs_inner_fn():
    try:
        rs.send(None)
    except ValueError as e:
        yield "ValueError " + str(e)

rs_inner = rs_inner_fn()
rs = recursive_send()
print(next(rs))
