# try/except matching by type, tuples of types, bare except, handler order and the bound name.
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][1]
    if kind == "key":
        return {}["k"]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("x")
    if kind == "attr":
        return (1).nope
    return "fine"
for kind in ["zero", "index", "key", "type", "value", "attr", "none"]:
    try:
        result = risky(kind)
        print(kind, "->", result)
    except ZeroDivisionError as e:
        print(kind, "ZeroDivisionError:", e)
    except (IndexError, KeyError) as e:
        print(kind, "lookup:", type(e).__name__, e)
    except TypeError as e:
        print(kind, "TypeError:", e)
    except Exception as e:
        print(kind, "other:", type(e).__name__, e)
try:
    raise ValueError("bare")
except:
    print("bare except caught it")
try:
    try:
        {}[0]
    except IndexError:
        print("wrong handler")
except KeyError as e:
    print("outer handler got KeyError", e)
try:
    1 / 0
except Exception:
    print("first matching handler wins")
except ZeroDivisionError:
    print("never")
