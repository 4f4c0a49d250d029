# Exceptions used for control flow in loops: skipping bad items, retrying, collecting errors.
raw = ["10", "x", "30", "", "5.5", "-7"]
parsed, errors = [], []
for item in raw:
    try:
        parsed.append(int(item))
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        pass
print(parsed)
for err in errors:
    print(err)

attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError("attempt " + str(attempts) + " failed")
    return "success on attempt " + str(attempts)
for _ in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retry after:", e)

def safe_div(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a // b)
        except ZeroDivisionError:
            out.append(None)
        except TypeError as e:
            out.append(type(e).__name__)
    return out
print(safe_div([(10, 2), (1, 0), (7, "x"), (-7, 2)]))
d = {'a': 1}
keys = ['a', 'b', 'a', 'c']
print([d[k] if k in d else 0 for k in keys])
counts = {}
for word in "the cat the dog the end".split():
    try:
        counts[word] += 1
    except KeyError:
        counts[word] = 1
print(counts)
