# f-strings: expressions, nested quotes as 3.11 allows them, conversions, simple specs, braces.
name = "krait"
n = 42
x = 3.14159
items = [1, 2, 3]
d = {'key': 'value', "n": 7}
print(f"hello {name}")
print(f'{n} {n + 1} {n * 2}')
print(f"{name!r} {name!s}")
print(f"{x:.3f} {x:.1f} {n:>8} {name:>8}|")
print(f"{{literal braces}} {{{n}}}")
print(f"{d['key']} {d['n']}")
print(f'{d["key"]}')
print(f"{items[0]} {items[-1]} {len(items)}")
print(f"{'nested' + ' quotes'}")
print(f"{f'{n}'}")
print(f"{n if n > 40 else 0}")
print(f"""triple {name}
second line {n}""")
print(f"{name.upper()} {name.replace('k', 'K')}")
print(f"{[i * 2 for i in items]}")
print(f"{ n }")
print(f"{n}" f"{x}" "plain" f"{name}")
print(f"{'a' 'b'}")
print(f"{x!r:>12}|")
width = 6
print(f"{'end'}")
print(F"{3 * 'ab'}")
print(f"{None} {True} {[]} {()}")
print(f"{1/3:.3f}")
print(f"{-x:.2f}")
print(f"{n=}")
