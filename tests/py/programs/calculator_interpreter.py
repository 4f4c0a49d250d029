# A small interpreter: tokenizer, recursive-descent parser to tuples, and an evaluator with variables.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch in " \t":
            i += 1
        elif ch in "0123456789":
            j = i
            while j < len(src) and src[j] in "0123456789":
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif ch.lower() != ch.upper() or ch == "_":
            j = i
            while j < len(src) and (src[j].lower() != src[j].upper() or src[j] in "_0123456789"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/%()=":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("bad character " + repr(ch))
    tokens.append(("end", None))
    return tokens

def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos]
    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        node = term()
        while peek() in [("op", "+"), ("op", "-")]:
            node = (advance()[1], node, term())
        return node
    def term():
        node = factor()
        while peek() in [("op", "*"), ("op", "/"), ("op", "%")]:
            node = (advance()[1], node, factor())
        return node
    def factor():
        kind, value = advance()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            return ("var", value)
        if value == "-":
            return ("neg", factor())
        if value == "(":
            node = expr()
            if advance() != ("op", ")"):
                raise SyntaxError("expected )")
            return node
        raise SyntaxError("unexpected " + repr(value))
    if len(tokens) > 2 and tokens[0][0] == "name" and tokens[1] == ("op", "="):
        pos = 2
        return ("assign", tokens[0][1], expr())
    return expr()

def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError("undefined variable " + node[1])
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": a + b, "-": a - b, "*": a * b}.get(kind) if kind in "+-*" else (a // b if kind == "/" else a % b)

env = {}
program = ["x = 6", "y = x * 7", "y - -x", "(x + y) * (y - x) % 1000", "z", "10 / (x - 6)", "3 $ 4", "big = 2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2"]
for line in program:
    try:
        tree = parse(tokenize(line))
        print(line, "=>", evaluate(tree, env))
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(line, "=> error:", type(e).__name__, e)
print(sorted(env.items()))
print(parse(tokenize("1 + 2 * (3 - x)")))
