# Errors raised in dunders called implicitly (operators, len, iteration) propagate with
# the dunder's frame in the traceback.
class Fragile:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Fragile(self.n + other.n)

    def __len__(self):
        if self.n < 0:
            raise ValueError(f"negative size {self.n}")
        return self.n


total = Fragile(1) + Fragile(2)
print(total.n, len(total))
bad = Fragile(1) + Fragile(-5)
print(len(bad))
