# Errors inside comprehensions and lambdas: the traceback shows the <listcomp>/<setcomp>/
# <dictcomp>/<lambda> frames with the failing line, and the code objects carry CPython's
# names and the hidden '.0' argument.
def show(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(type(e).__name__, e, names)


show(lambda: [1 // x for x in [1, 0]])
show(lambda: {1 // x for x in [0]})
show(lambda: {x: 1 // x for x in [0]})
show(lambda: [[y[0] for y in x] for x in [["a"], [""]]])
show(lambda: [(lambda: undefined_name)() for _ in [1]])


def sample():
    return [x for x in range(2)], {x for x in ()}, {x: x for x in ()}, lambda a: a


for const in sample.__code__.co_consts:
    if hasattr(const, "co_name"):
        print(const.co_name, const.co_qualname, const.co_argcount, const.co_varnames)

# An uncaught error in a nested comprehension prints the whole traceback.
def outer(rows):
    return [[cell.upper() for cell in row] for row in rows]

outer([["a"], [1]])
