# int() and float() conversions from strings, floats, bools, with bases and whitespace.
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20))
print(int("42"), int("  -42  "), int("+7"), int("1_000"), int("\t8\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("z", 36), int("10", 2), int("-101", 2), int("0", 0))
print(int(True), int(False), float(True), bool(2), bool(0.0))
print(float("3.14"), float("-0"), float("1e-3"), float(".5"), float("5."), float("+1.5E2"))
print(str(1), str(-1.5), str(1e100), str(2 ** 70))
print(int(str(123) + "0"), float(str(0.1)))
bad = ["", " ", "1.5", "0x10", "1e3", "abc", "1 2", "--1", "1__0", "_1"]
for s in bad:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["", "abc", "1.2.3", "1e", "nan1"]:
    try:
        print(float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
try:
    int("10", 37)
except ValueError as e:
    print(e)
try:
    int(10, 2)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    float(None)
except TypeError as e:
    print(e)
