# A mapping-like class: __len__, __getitem__, __setitem__, __delitem__, KeyError.
class Registry:
    def __init__(self):
        self._data = {}

    def __len__(self):
        return len(self._data)

    def __getitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        return self._data[key]

    def __setitem__(self, key, value):
        print(f"set {key!r}")
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(sorted(self._data))


r = Registry()
r["b"] = 2
r["a"] = 1
r["c"] = [3]
print(len(r), r["a"], r["c"], "a" in r, "z" in r, "z" not in r, list(r))
del r["b"]
print(len(r), list(r), [r[k] for k in r])
try:
    r["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del r["missing"]
except KeyError as e:
    print("KeyError", e)


class ReadOnly:
    def __getitem__(self, i):
        return i * 2


ro = ReadOnly()
print(ro[21], ro["ab"])
try:
    ro[0] = 1
except TypeError as e:
    print(e)
try:
    del ro[0]
except TypeError as e:
    print(e)
try:
    len(ro)
except TypeError as e:
    print(e)
try:
    object()[0]
except TypeError as e:
    print(e)
