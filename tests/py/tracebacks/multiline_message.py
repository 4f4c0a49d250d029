# An exception message containing newlines is printed as is.
def report(errors):
    raise ValueError("found problems:\n  - " + "\n  - ".join(errors))
report(["first problem", "second problem"])
