# reversed() uses __reversed__, else __len__ + __getitem__; errors otherwise.
class Rev:
    def __reversed__(self):
        return iter("cba")


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "xyz"[i]


class NoLen:
    def __getitem__(self, i):
        return i


print(list(reversed(Rev())))
print(list(reversed(Seq())))
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError:", e)


class Disabled(Seq):
    __reversed__ = None


try:
    reversed(Disabled())
except TypeError as e:
    print("TypeError:", e)
r = reversed(Seq())
print(next(r), next(r), next(r))
print(next(r, "done"))
