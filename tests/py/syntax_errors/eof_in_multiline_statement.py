# A bracket left open until end of file after a complete-looking line.
def f():
    return [
        1,
        2,
