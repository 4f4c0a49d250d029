# A class with data, methods and per-instance state.
class Account:
    bank = "Krait Savings"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def describe(self):
        return f"{self.owner} has {self.balance} at {self.bank}"


a = Account("ann")
b = Account("bob", 50)
print(a.deposit(10), b.deposit(5))
print(a.describe())
print(b.describe())
print(a.bank is b.bank, Account.bank)
print(type(a).__name__, type(a) is Account, isinstance(b, Account))
print(sorted(a.__dict__.items()))
m = a.deposit
print(m(1), m.__self__ is a, m.__func__ is Account.deposit)
print(Account.deposit(a, 100))
a.nickname = "annie"
print(a.nickname, hasattr(b, "nickname"))
del a.nickname
print(hasattr(a, "nickname"))
