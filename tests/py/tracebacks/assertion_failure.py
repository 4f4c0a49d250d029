# A failing assert with a message, uncaught.
def withdraw(balance, amount):
    assert amount <= balance, "insufficient funds: " + str(amount) + " > " + str(balance)
    return balance - amount
print(withdraw(100, 30))
print(withdraw(100, 300))
