# Mutually recursive functions defined at module level and nested inside another function.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(101))
def outer(n):
    def ping(k):
        return ["ping"] + pong(k - 1) if k > 0 else []
    def pong(k):
        return ["pong"] + ping(k - 1) if k > 0 else []
    return ping(n)
print(outer(5))
def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))
def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))
print([hofstadter_f(n) for n in range(15)])
print([hofstadter_m(n) for n in range(15)])
def expr(tokens, pos):
    value, pos = term(tokens, pos)
    while pos < len(tokens) and tokens[pos] == "+":
        rhs, pos = term(tokens, pos + 1)
        value += rhs
    return value, pos
def term(tokens, pos):
    value, pos = atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] == "*":
        rhs, pos = atom(tokens, pos + 1)
        value *= rhs
    return value, pos
def atom(tokens, pos):
    if tokens[pos] == "(":
        value, pos = expr(tokens, pos + 1)
        return value, pos + 1
    return int(tokens[pos]), pos + 1
print(expr("2 * ( 3 + 4 ) + 5 * 6".split(), 0))
