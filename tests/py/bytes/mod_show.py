# mod_show.py: how the bytes tests print results: show(label, f) prints what f() returns
# (memoryviews by content, iterators and other objects without a useful repr by type) or the
# exception it raises.
def rep(x):
    if isinstance(x, memoryview):
        return f"memoryview({x.tobytes()!r})"
    if isinstance(x, tuple):
        return "(" + ", ".join(rep(i) for i in x) + (",)" if len(x) == 1 else ")")
    if isinstance(x, list):
        return "[" + ", ".join(rep(i) for i in x) + "]"
    if type(x).__repr__ is object.__repr__ or type(x).__name__.endswith("iterator"):
        return f"<{type(x).__name__}>"
    if type(x).__name__ == "generator":
        return "<generator>"
    return repr(x)

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", rep(r))
