# format() and f-strings call __format__ with the spec.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"{self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)

    def __str__(self):
        return f"Money({self.cents})"


m = Money(12345)
print(format(m), format(m, "cents"), format(m, ">10.1f"))
print(f"{m}|{m:cents}|{m:10.3f}|{m!s}")
print("{} and {:cents}".format(m, m))


class Plain:
    def __str__(self):
        return "plain"


print(format(Plain()), f"{Plain()}")
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)


class Bad:
    def __format__(self, spec):
        return 1


try:
    format(Bad())
except TypeError as e:
    print(e)
