# except* (PEP 654): handlers take the matching parts of an exception group, the unhandled
# rest propagates, re-raised parts keep the original structure and metadata, newly raised
# exceptions are grouped with them; and the group methods split, subgroup and derive.
import sys


def show(label, e):
    print(label, type(e).__name__, repr(e))


def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [x for sub in e.exceptions for x in leaves(sub)]
    return [e]


def run(label, body):
    try:
        body()
        print(label, "-> nothing raised")
    except BaseException as e:
        show(label + " ->", e)


# ---- matching --------------------------------------------------------------------------------

def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        show("V", e)
        print("  exc_info is e:", sys.exc_info()[1] is e)
    except* TypeError as e:
        show("T", e)


run("basic", basic)


def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError as e:
        show("V", e)
    except* OSError as e:
        show("O", e)


run("partial", partial)


def nested():
    try:
        raise ExceptionGroup("outer", [
            ValueError("a"),
            ExceptionGroup("inner", [TypeError("b"), ValueError("c")]),
            ExceptionGroup("empty-after", [KeyError("d")]),
        ])
    except* ValueError as e:
        show("V", e)
    except* (TypeError, KeyError) as e:
        show("TK", e)


run("nested", nested)


def naked():
    try:
        raise ValueError("bare")
    except* ValueError as e:
        show("wrapped", e)
        print("  same leaf traceback:", e.__traceback__ is e.exceptions[0].__traceback__)


run("naked", naked)


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")


run("naked unmatched", naked_unmatched)


def handler_order():
    try:
        raise ExceptionGroup("eg", [ArithmeticError(1), ZeroDivisionError(2)])
    except* ZeroDivisionError as e:
        show("Z", e)
    except* ArithmeticError as e:
        show("A", e)


run("order", handler_order)


def base_exceptions():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        show("KI", e)


run("base", base_exceptions)

# ---- raising from handlers ---------------------------------------------------------------------

def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


run("reraise", reraise)


def reraise_both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise


run("reraise both", reraise_both)


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")


run("raise new", raise_new)


def raise_new_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        raise


def check_new_and_rest():
    try:
        raise_new_and_rest()
    except ExceptionGroup as e:
        show("new+rest", e)
        for x in e.exceptions:
            print("  part", repr(x), "context:", repr(x.__context__))


check_new_and_rest()


def raise_in_naked():
    try:
        raise ValueError("v")
    except* ValueError:
        raise TypeError("t")


def check_raise_in_naked():
    try:
        raise_in_naked()
    except TypeError as e:
        print("naked handler raised", repr(e), "context", repr(e.__context__))


check_raise_in_naked()


def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("k") from e


run("raise from", raise_from)

# ---- flow ---------------------------------------------------------------------------------------

def else_finally(fail):
    log = []
    try:
        if fail:
            raise ExceptionGroup("eg", [ValueError(1)])
        log.append("body")
    except* ValueError:
        log.append("handler")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(else_finally(False), else_finally(True))


def in_loop():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup("eg", [ValueError(i), TypeError(i)])
            out.append(i)
        except* ValueError as e:
            out.append(("V", [x.args[0] for x in e.exceptions]))
        except* TypeError as e:
            out.append(("T", [x.args[0] for x in e.exceptions]))
    return out


print(in_loop())

# ---- errors -------------------------------------------------------------------------------------

def star_group_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass


run("except* ExceptionGroup", star_group_type)


def star_tuple_with_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        pass


run("except* tuple with group", star_tuple_with_group)


def star_not_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass


run("except* 42", star_not_exception)

# ---- methods -------------------------------------------------------------------------------------

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
eg.add_note("a note")
try:
    raise eg
except ExceptionGroup:
    pass
m, r = eg.split(ValueError)
show("split match", m)
show("split rest", r)
print("metadata kept:", m.__traceback__ is eg.__traceback__, m.__notes__, m.__notes__ is not eg.__notes__)
print("split all:", eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print("split none:", eg.split(OSError)[0], repr(eg.split(OSError)[1]) == repr(eg))
print("predicate:", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print("subgroup:", repr(eg.subgroup((TypeError, KeyError))))
print("subgroup none:", eg.subgroup(OSError))
print("derive:", repr(eg.derive([KeyError(9)])), repr(eg.derive([KeyboardInterrupt()])))
for bad in (42, (ValueError, 42), "x"):
    try:
        eg.split(bad)
    except TypeError as e:
        print("split(%r):" % (bad,), e)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])


class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def derive(self, excs):
        return MyGroup(self.message, excs, self.code + 1)


mg = MyGroup("mine", [ValueError(1), TypeError(2)], 5)
print(mg.args)
try:
    MyGroup("mine", [ValueError(1)], code=5)
except TypeError as e:
    print(e)
m, r = mg.split(ValueError)
print(type(m).__name__, m.code, type(r).__name__, r.code)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("bad derive:", e)


def handled_by_mygroup():
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)], 10)
    except* ValueError as e:
        print("handler got", type(e).__name__, e.code)


run("custom group", handled_by_mygroup)
print(leaves(eg))
