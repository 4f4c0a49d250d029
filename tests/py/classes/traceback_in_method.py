# An uncaught error inside a method: the traceback shows each frame, then a suggestion for
# a misspelt attribute.
class Gauge:
    def __init__(self, value):
        self.value = value

    def scaled(self, factor):
        return self.valeu * factor

    def report(self):
        return f"gauge at {self.scaled(2)}"


g = Gauge(3)
try:
    g.report()
except AttributeError as e:
    print("first:", e)
print(g.report())
