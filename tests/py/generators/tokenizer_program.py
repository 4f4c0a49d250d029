# A small expression language: a generator tokenizer, a recursive-descent parser that pulls
# tokens from it, and a generator-based evaluator that reports each step.

class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


def tokenize(source):
    i = 0
    while i < len(source):
        ch = source[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(source) and (source[i].isdigit() or source[i] == "."):
                i += 1
            yield Token("num", source[start:i], start)
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(source) and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            yield Token("kw" if word in ("let", "in") else "name", word, start)
        elif ch in "+-*/()=^,":
            yield Token("op", ch, i)
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")
    yield Token("end", "", i)


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.current = next(tokens)

    def advance(self):
        token = self.current
        self.current = next(self.tokens)
        return token

    def expect(self, text):
        if self.current.text != text:
            raise SyntaxError(f"expected {text!r}, got {self.current!r}")
        return self.advance()

    def expression(self):
        if self.current.text == "let":
            self.advance()
            name = self.advance().text
            self.expect("=")
            value = self.expression()
            self.expect("in")
            return ("let", name, value, self.expression())
        return self.sum()

    def sum(self):
        node = self.product()
        while self.current.text in ("+", "-"):
            op = self.advance().text
            node = (op, node, self.product())
        return node

    def product(self):
        node = self.power()
        while self.current.text in ("*", "/"):
            op = self.advance().text
            node = (op, node, self.power())
        return node

    def power(self):
        base = self.atom()
        if self.current.text == "^":
            self.advance()
            return ("^", base, self.power())
        return base

    def atom(self):
        token = self.advance()
        if token.kind == "num":
            return ("num", float(token.text) if "." in token.text else int(token.text))
        if token.kind == "name":
            if self.current.text == "(":
                self.advance()
                args = [self.expression()]
                while self.current.text == ",":
                    self.advance()
                    args.append(self.expression())
                self.expect(")")
                return ("call", token.text, args)
            return ("var", token.text)
        if token.text == "(":
            node = self.expression()
            self.expect(")")
            return node
        if token.text == "-":
            return ("neg", self.atom())
        raise SyntaxError(f"unexpected {token!r}")


FUNCTIONS = {"max": max, "min": min, "abs": abs}


def evaluate(node, env):
    # A generator: yields a trace line per operation and returns the value.
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "neg":
        value = yield from evaluate(node[1], env)
        yield f"neg {value}"
        return -value
    if kind == "let":
        value = yield from evaluate(node[2], env)
        yield f"bind {node[1]} = {value}"
        return (yield from evaluate(node[3], {**env, node[1]: value}))
    if kind == "call":
        args = []
        for arg in node[2]:
            args.append((yield from evaluate(arg, env)))
        result = FUNCTIONS[node[1]](*args)
        yield f"call {node[1]}{tuple(args)} = {result}"
        return result
    left = yield from evaluate(node[1], env)
    right = yield from evaluate(node[2], env)
    result = {"+": lambda: left + right, "-": lambda: left - right,
              "*": lambda: left * right, "/": lambda: left / right,
              "^": lambda: left ** right}[kind]()
    yield f"{left} {kind} {right} = {result}"
    return result


def run(source, trace=False):
    try:
        tree = Parser(tokenize(source)).expression()
        steps = evaluate(tree, {"pi": 3.14159})
        while True:
            line = next(steps)
            if trace:
                print("   ", line)
    except StopIteration as done:
        print(f"{source!r} -> {done.value}")
    except (SyntaxError, KeyError, ZeroDivisionError) as e:
        print(f"{source!r} -> {type(e).__name__}: {e}")


print(list(tokenize("let x = 2 in x * (3 + 4)")))
run("1 + 2 * 3", trace=True)
run("(1 + 2) * 3")
run("2 ^ 3 ^ 2")
run("-(4 - 10) / 4", trace=True)
run("let x = 5 in let y = x * 2 in y - x", trace=True)
run("max(1, 7, 3) + abs(-2) * min(4, 5)", trace=True)
run("pi * 2")
run("1 / (2 - 2)")
run("unknown + 1")
run("1 + * 2")
run("3 $ 4")
run("(1 + 2")
