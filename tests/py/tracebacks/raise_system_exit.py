# raise SystemExit(None) from a nested function exits with status 0; finally blocks run.
def inner():
    raise SystemExit(None)
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
