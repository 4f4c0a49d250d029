# Bare raise re-raises the active exception; raise inside except with the same object.
def log_and_reraise():
    try:
        int("nope")
    except ValueError:
        print("logging the error")
        raise
try:
    log_and_reraise()
except ValueError as e:
    print("re-raised:", e)

def reraise_object():
    try:
        raise KeyError("obj")
    except KeyError as e:
        err = e
    raise err
try:
    reraise_object()
except KeyError as e:
    print("raised saved object:", repr(e))

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def nested_reraise():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    nested_reraise()
except ValueError as e:
    print("still the outer one:", e)
except TypeError as e:
    print("wrong:", e)
try:
    raise TypeError
except TypeError as e:
    print("class raised -> instance:", repr(e), e.args)
