# An uncaught exception of a user-defined class defined in __main__.
class InsufficientFunds(Exception):
    pass
def withdraw(amount):
    raise InsufficientFunds("cannot withdraw " + str(amount))
withdraw(50)
