# str.format with automatic, numbered and named fields, escaped braces, attribute-free simple specs.
print("{} + {} = {}".format(1, 2, 1 + 2))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0} and {name}".format("pos", name="kw"))
print("{{}} {{{}}}".format("x"))
print("{:>8}|{:>3}|{:.2f}".format("right", "toolong", 3.14159))
print("{0!r} {0!s}".format("q"))
print("{}".format([1, "a"]), "{}".format(None), "{}".format((1,)))
d = {"a": 1}
print("{0[a]} {1[1]}".format(d, [10, 20]))
template = "Dear {title} {last},"
print(template.format(title="Dr.", last="Who"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{".format(1)
except ValueError as e:
    print("ValueError:", e)
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25)]
for name, qty, price in rows:
    print("{:>8} {:>4} {:.2f}".format(name, qty, qty * price))
