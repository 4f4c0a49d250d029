# Implicit chaining: an exception raised while handling another records it in __context__.
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(e, "| context:", repr(e.__context__))
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)

def three_deep():
    try:
        try:
            try:
                raise IndexError("first")
            except IndexError:
                raise KeyError("second")
        except KeyError:
            raise TypeError("third")
    except TypeError as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(type(cur).__name__ + ":" + str(cur))
            cur = cur.__context__
        return chain
print(three_deep())

try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print(repr(e), "context", repr(e.__context__))

try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise KeyError("after handling")
except KeyError as e:
    print("context after handled exception:", e.__context__)
