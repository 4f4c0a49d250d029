# assert passes silently when true; raises AssertionError with the optional message when false.
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError args:", e.args)
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(e.args[0])
calls = []
def message():
    calls.append("message evaluated")
    return "msg"
assert True, message()
print(calls)
try:
    assert False, message()
except AssertionError as e:
    print(e, calls)
def check_positive(n):
    assert n > 0, "expected positive, got " + str(n)
    return n
print(check_positive(3))
try:
    check_positive(-1)
except AssertionError as e:
    print(e)
