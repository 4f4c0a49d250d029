# The "as" name of an except clause is deleted when the handler ends.
e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("after handler:", err)

def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return "unbound: " + str(err) + " | saved: " + str(saved)
print(f())

def keeps_other_names():
    value = 1
    try:
        raise KeyError(value)
    except KeyError as problem:
        value = 2
    return value
print(keeps_other_names())
