# continue in a function body but outside a loop.
def f():
    continue
