# Iterating dicts and their views; views are live; modifying a dict while iterating raises.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=", v)
print(sum(d.values()), max(d), min(d.values()), sorted(d.items(), key=lambda kv: kv[1]))
keys = d.keys()
values = d.values()
items = d.items()
d["four"] = 4
print(keys, len(keys))
print(values)
print(items)
print("four" in keys, 4 in values, ("four", 4) in items)
print(list(reversed(d)), list(reversed(d.values())))
try:
    for k in d:
        d["five"] = 5
except RuntimeError as e:
    print(e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
print(d)
for k in list(d):
    if d[k] % 2 == 0:
        del d[k]
print(d)
print(keys & {"one", "zzz"}, keys | {"x"} == {"one", "three", "five", "x"}, keys - {"one"})
squares = {n: n * n for n in range(6) if n % 2}
print(squares)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
print(dict(zip("abc", range(3))))
