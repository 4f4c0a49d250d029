# __reversed__ and __call__.
class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __reversed__(self):
        print("custom reversed")
        return iter(self.cards[::-1])


print(list(reversed(Deck("abc"))))


class NoReversed:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 2


print(list(reversed(NoReversed())))
try:
    reversed(object())
except TypeError as e:
    print(e)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)


add = Adder(10)
print(add(1), add(1, 2, 3), add(1, scale=2), add(0, a=1, b=2), callable(add), callable(Adder))
print(list(map(Adder(100), [1, 2])))
try:
    Deck("x")()
except TypeError as e:
    print(e)


class CallsCall:
    def __call__(self):
        return self


c = CallsCall()
print(c()()() is c)
