# __private names are mangled to _Class__private inside the class body.
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count

    def __special__(self):
        return "dunder names are not mangled"


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow:" + owner

    def both(self):
        return self.__owner, self.owner()


s = Savings("ann")
print(s.both(), Account.count(), sorted(vars(s)))
print(s._Account__owner, s._Savings__owner, s.__special__())
try:
    s.__owner
except AttributeError as e:
    print(e)
print(hasattr(Account, "_Account__count"), hasattr(Account, "__count"))


class _Underscored:
    def __init__(self):
        self.__x = 1


print(sorted(vars(_Underscored())))


class ___:
    def __init__(self):
        self.__y = 2


print(sorted(vars(___())))
