# A bare raise in a handler re-raises with the original traceback entries plus the handler line.
def fragile(n):
    return 100 // n
def wrapper(n):
    try:
        return fragile(n)
    except ZeroDivisionError:
        print("wrapper saw the error, re-raising")
        raise
print(wrapper(5))
wrapper(0)
