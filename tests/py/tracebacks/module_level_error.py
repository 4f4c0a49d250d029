# An uncaught ZeroDivisionError at module level after some output: traceback on stderr, status 1.
print("before the error")
numerator = 10
denominator = 0
result = numerator / denominator
print("never printed")
