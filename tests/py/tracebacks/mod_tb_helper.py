# Helper module for tracebacks/imported_module.py and friends (not a test: the runner skips mod_*).
def divide(a, b):
    return a / b

def average(values):
    total = 0
    for v in values:
        total += v
    return divide(total, len(values))

def check(value):
    if value < 0:
        raise ValueError("negative value: " + str(value))
    return value
