# A reverse-Polish-notation calculator with a stack, error handling and a shunting-yard converter.
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
def to_rpn(expr):
    output, ops = [], []
    for tok in expr.replace("(", " ( ").replace(")", " ) ").split():
        if tok in PREC:
            while ops and ops[-1] in PREC and (PREC[ops[-1]] > PREC[tok] or (PREC[ops[-1]] == PREC[tok] and tok != "^")):
                output.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                output.append(ops.pop())
            if not ops:
                raise ValueError("unbalanced )")
            ops.pop()
        else:
            output.append(tok)
    while ops:
        op = ops.pop()
        if op == "(":
            raise ValueError("unbalanced (")
        output.append(op)
    return output
def run_rpn(tokens):
    stack = []
    for tok in tokens:
        if tok in PREC:
            if len(stack) < 2:
                raise IndexError("stack underflow at " + repr(tok))
            b, a = stack.pop(), stack.pop()
            if tok == "+": stack.append(a + b)
            elif tok == "-": stack.append(a - b)
            elif tok == "*": stack.append(a * b)
            elif tok == "/": stack.append(a / b)
            else: stack.append(a ** b)
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError("leftover stack " + repr(stack))
    return stack[0]
for expr in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "(1 + 2) * (3 + 4)", "2 ^ 3 ^ 2", "10 / 4 - 0.5",
             "7 - 2 - 1", "(1 + 2", "1 + 2)", "8 / (3 - 3)", "2 ^ 100"]:
    try:
        rpn = to_rpn(expr)
        print(expr, "|", " ".join(rpn), "|", run_rpn(rpn))
    except (ValueError, IndexError, ZeroDivisionError) as e:
        print(expr, "| error", type(e).__name__ + ":", e)
for raw in ["1 2 + +", "1 2 3 +", "5 1 2 + 4 * + 3 -"]:
    try:
        print(raw, "=", run_rpn(raw.split()))
    except (ValueError, IndexError) as e:
        print(raw, "error", type(e).__name__ + ":", e)
