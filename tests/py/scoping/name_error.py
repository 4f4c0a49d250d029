# NameError for undefined globals and builtins, its message and name attribute.
def use_undefined():
    return undefined_name + 1
try:
    use_undefined()
except NameError as e:
    print(type(e).__name__, "|", e, "|", e.args)

try:
    print(not_defined_at_module)
except NameError as e:
    print(e)

try:
    del never_existed
except NameError as e:
    print(e)

value = 1
del value
try:
    value
except NameError as e:
    print(e)

def later():
    return defined_later
defined_later = "defined after the function"
print(later())

try:
    prnt("typo")
except NameError as e:
    print(e)
print(issubclass(NameError, Exception), issubclass(UnboundLocalError, NameError))
