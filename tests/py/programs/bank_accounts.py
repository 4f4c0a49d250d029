# A bank-account simulation with dicts and exceptions: deposits, withdrawals, transfers, an audit log.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    pass
class UnknownAccount(BankError):
    pass
accounts = {}
log = []
def open_account(owner, initial=0):
    if owner in accounts:
        raise BankError("account exists: " + owner)
    if initial < 0:
        raise ValueError("initial balance must be non-negative")
    accounts[owner] = {"balance": initial, "history": [("open", initial)]}
def get(owner):
    try:
        return accounts[owner]
    except KeyError:
        raise UnknownAccount("no account for " + owner) from None
def deposit(owner, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive, got " + str(amount))
    acct = get(owner)
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))
def withdraw(owner, amount):
    acct = get(owner)
    if amount > acct["balance"]:
        raise InsufficientFunds(owner + " has " + str(acct["balance"]) + ", needs " + str(amount))
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))
def transfer(src, dst, amount):
    get(dst)
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        deposit(src, amount)
        raise
operations = [
    ("open", "ann", 100), ("open", "bob", 50), ("open", "ann", 5), ("open", "cy", -1),
    ("deposit", "ann", 25), ("deposit", "bob", 0), ("withdraw", "bob", 80),
    ("transfer", "ann", "bob", 60), ("transfer", "bob", "zed", 10), ("withdraw", "zed", 1),
    ("transfer", "bob", "ann", 200), ("open", "cy", 0), ("deposit", "cy", 7),
]
for op in operations:
    name, args = op[0], op[1:]
    try:
        if name == "open":
            open_account(*args)
        elif name == "deposit":
            deposit(*args)
        elif name == "withdraw":
            withdraw(*args)
        else:
            transfer(*args)
        log.append("ok   " + name + " " + repr(args))
    except BankError as e:
        log.append("FAIL " + name + " " + type(e).__name__ + ": " + str(e))
    except ValueError as e:
        log.append("BAD  " + name + " " + str(e))
print("\n".join(log))
for owner in sorted(accounts):
    acct = accounts[owner]
    print(f"{owner:>5} {acct['balance']:>6}", acct["history"])
total = sum([a["balance"] for a in accounts.values()])
print("total money:", total)
assert total == 100 + 50 + 25 + 7, "money was created or destroyed"
print(issubclass(InsufficientFunds, BankError), isinstance(UnknownAccount("x"), Exception))
