# __hash__ = None makes instances unhashable; defining __eq__ alone does the same.
class EqOnly:
    def __eq__(self, other):
        return True


class Explicit:
    __hash__ = None


class Restored(EqOnly):
    def __hash__(self):
        return 7


print(EqOnly.__hash__, Explicit.__hash__)
for obj in (EqOnly(), Explicit(), [1], {}):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)
print(hash(Restored()))
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {Explicit()}
except TypeError as e:
    print("TypeError:", e)


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()) == hash(2 ** 70))


class Neg:
    def __hash__(self):
        return -1


print(hash(Neg()))
