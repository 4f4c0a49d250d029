# An exception raised while handling another: both tracebacks, joined by "During handling".
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError("unknown key: " + key)

print("start")
lookup({"a": 1}, "b")
