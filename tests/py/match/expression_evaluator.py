# An expression evaluator and simplifier over nested tuples, written with match: tokenizing,
# parsing to ('num', n) / ('var', name) / (op, left, right) / ('neg', e) trees, evaluating,
# simplifying algebraically and printing.
def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " ":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")" | "^":
                tokens.append(("op", ch))
                i += 1
            case _ if ch.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("num", int(text[i:j])))
                i = j
            case _ if ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case _:
                raise SyntaxError(f"bad character {ch!r}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        left = self.term()
        while True:
            match self.peek():
                case ("op", ("+" | "-") as op):
                    self.take()
                    left = (op, left, self.term())
                case _:
                    return left

    def term(self):
        left = self.power()
        while True:
            match self.peek():
                case ("op", "*" | "/" as op):
                    self.take()
                    left = (op, left, self.power())
                case _:
                    return left

    def power(self):
        base = self.unary()
        match self.peek():
            case ("op", "^"):
                self.take()
                return ("^", base, self.power())
        return base

    def unary(self):
        match self.take():
            case ("op", "-"):
                return ("neg", self.unary())
            case ("num", n):
                return ("num", n)
            case ("name", name):
                return ("var", name)
            case ("op", "("):
                e = self.expr()
                match self.take():
                    case ("op", ")"):
                        return e
                    case tok:
                        raise SyntaxError(f"expected ')', got {tok}")
            case tok:
                raise SyntaxError(f"unexpected {tok}")


def evaluate(e, env):
    match e:
        case ("num", n):
            return n
        case ("var", name):
            match env:
                case {**vars} if name in vars:
                    return vars[name]
            raise NameError(f"unbound {name}")
        case ("neg", inner):
            return -evaluate(inner, env)
        case ("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ("-", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case ("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("/", a, b):
            return evaluate(a, env) / evaluate(b, env)
        case ("^", a, b):
            return evaluate(a, env) ** evaluate(b, env)
        case _:
            raise ValueError(f"bad node {e!r}")


def simplify(e):
    match e:
        case (("+" | "-" | "*" | "/" | "^") as op, a, b):
            a, b = simplify(a), simplify(b)
            match (op, a, b):
                case (_, ("num", x), ("num", y)) if op != "/" or y != 0:
                    return ("num", evaluate((op, a, b), {}))
                case ("+", ("num", 0), x) | ("+", x, ("num", 0)):
                    return x
                case ("*", ("num", 1), x) | ("*", x, ("num", 1)):
                    return x
                case ("*", ("num", 0), _) | ("*", _, ("num", 0)):
                    return ("num", 0)
                case ("-", x, y) if x == y:
                    return ("num", 0)
                case ("^", x, ("num", 1)):
                    return x
                case _:
                    return (op, a, b)
        case ("neg", ("neg", inner)):
            return simplify(inner)
        case ("neg", inner):
            match simplify(inner):
                case ("num", n):
                    return ("num", -n)
                case s:
                    return ("neg", s)
        case _:
            return e


def show(e):
    match e:
        case ("num", n):
            return str(n)
        case ("var", name):
            return name
        case ("neg", inner):
            return f"-{show(inner)}"
        case (op, a, b):
            return f"({show(a)} {op} {show(b)})"


sources = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + 0", "x * 1 + 0 * y",
           "(a - a) + b ^ 1", "--z", "10 / 4 - 1", "x * (y + 2 * 3)", "1 / 0 + x",
           "2 * (3", "4 $ 4", "q"]
env = {"x": 5, "y": 2, "a": 7, "b": 3, "z": -1}
for src in sources:
    try:
        tree = Parser(tokenize(src)).expr()
        simple = simplify(tree)
        try:
            value = evaluate(tree, env)
        except (ZeroDivisionError, NameError) as err:
            value = f"{type(err).__name__}: {err}"
        print(f"{src:18} => {show(tree):28} simplified {show(simple):14} value {value}")
    except SyntaxError as err:
        print(f"{src:18} => SyntaxError: {err}")
