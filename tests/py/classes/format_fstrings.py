# f-strings and format() call __format__ with the spec; conversions bypass it.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "raw":
            return str(self.cents)
        return format(self.cents / 100, spec)

    def __str__(self):
        return "Money-str"

    def __repr__(self):
        return "Money-repr"


m = Money(1234)
print(f"{m}")
print(f"{m:raw}")
print(f"{m:>10.1f}|")
print(f"{m!s} {m!r}")
print(format(m, "raw"))
width = 8
print(f"{m:{width}.3f}|")
print("{0:raw} {0}".format(m))


class Plain:
    def __str__(self):
        return "plain"


print(f"{Plain()}")
print(format(Plain(), ""))
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return 3


try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
