# `match`, `case` and `_` are soft keywords: ordinary names everywhere except at the start of
# a match statement / case clause, and statements starting with the name `match` still parse.
match = [1, 2, 3]
case = {"k": "v"}
_ = "underscore"
print(match, case, _)

match[0] = 10
print(match)
match.append(4)
print(match)
print(match[1:], len(match))
*match, = match
print("star assignment:", match)

def match_fn(match, case=None):
    return match, case

print(match_fn(1, case=2))

# A match statement whose subject is named match and cases named case.
match match:
    case [10, *case]:
        print("case bound to", case)

# A subject expression that starts like a call or subscript of `match`.
match = lambda x: x * 2
match (3):
    case 3:
        print("parenthesised subject")
print(match(3))

match = {"a": 1}
match match["a"]:
    case 1:
        print("subscript subject")

# Tuple subjects without parentheses, and a starred subject item.
rest = [3, 4]
match 1, 2, *rest:
    case (1, 2, 3, 4):
        print("tuple subject with star")
match 1,:
    case (1,):
        print("one-element tuple subject")

# `case` as an attribute and a keyword argument name.
class Holder:
    case = "attribute"
    match = "too"

print(Holder.case, Holder.match)
print(dict(case=1, match=2))

# `_` is a normal name outside patterns.
for _ in range(2):
    pass
print("loop variable _:", _)
match 5:
    case _:
        print("wildcard did not bind, _ is still", _)

# Walrus in the subject binds in the enclosing scope.
match (n := 7):
    case 7:
        print("walrus subject", n)

# A match statement inside a nested function and a class body.
def outer():
    class Inner:
        match 4:
            case int(value):
                kind = "int"
    return Inner.value, Inner.kind

print(outer())
