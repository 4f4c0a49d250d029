# Closure factories: each call makes an independent cell; nonlocal updates persist between calls.
def make_counter(start=0, step=1):
    count = start
    def next_value():
        nonlocal count
        count += step
        return count
    return next_value
a = make_counter()
b = make_counter(100, 10)
print(a(), a(), b(), a(), b())
def make_accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total, list(history)
    return add
acc = make_accumulator()
print(acc(5))
print(acc(-2))
print(acc(10))
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = bank(50)
print(dep(25), wd(100), wd(30), get())
