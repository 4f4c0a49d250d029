# Nested try statements: inner handlers, propagation to outer ones, exceptions in handlers/finally.
def layered(code):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if code == 1:
                raise ValueError("v")
            if code == 2:
                raise KeyError("k")
            if code == 3:
                raise TypeError("t")
        except ValueError:
            log.append("inner caught ValueError")
        except KeyError:
            log.append("inner caught KeyError, raising IndexError")
            raise IndexError("from handler")
        finally:
            log.append("inner finally")
    except IndexError as e:
        log.append("outer caught IndexError " + str(e) + " ctx " + type(e.__context__).__name__)
    except TypeError:
        log.append("outer caught TypeError")
    finally:
        log.append("outer finally")
    return log
for code in range(4):
    print(code, layered(code))

def exception_in_finally():
    try:
        try:
            raise ValueError("original")
        finally:
            raise RuntimeError("replacement")
    except Exception as e:
        return type(e).__name__ + " " + str(e) + " ctx=" + repr(e.__context__)
print(exception_in_finally())

def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except LookupError as e:
    print("caught", e)
