# f-strings with arbitrary expressions: calls, subscripts, conditionals, comprehensions, nesting.
def square(x):
    return x * x
items = ["a", "bb", "ccc"]
person = {"name": "Ann", "langs": ["py", "c"]}
n = 4
print(f"{square(n)} {square(n) + 1} {[square(i) for i in range(n)]}")
print(f"{items[0]} {items[-1].upper()} {len(items)} {items[1:]}")
print(f"{person['name']} knows {', '.join(person['langs'])}")
print(f"{'even' if n % 2 == 0 else 'odd'}")
print(f"{n * 2.5:.3f} {n / 3:.3f} {-n:>5}")
print(f"{'nested {braces}'} {{escaped}}")
print(f"{f'{n:>4}'}|")
print(f"{n!r} {'q'!r} {None!r} {items!r}")
print(f"{(lambda x: x + 1)(n)}")
print(f"{n:>{n}}|")
x, y = 3, 7
print(f"{x} + {y} = {x + y}; {x} * {y} = {x * y}")
print(f"{x < y} {x == y} {not x}")
print(f"{'a' + 'b'!r:>6}|")
s = "multi"
print(f"""{s}
{s.upper()}""")
print(f"{3.0} {1e20} {1/3} {2**100}")
table = [f"{i:>3}{i * i:>5}" for i in range(1, 5)]
print("\n".join(table))
