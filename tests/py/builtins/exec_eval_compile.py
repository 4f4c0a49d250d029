# exec, eval and compile with explicit globals/locals dicts, and compile modes exec/eval/single.
print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'a' * 3"))
ns = {"x": 10}
print(eval("x + 5", ns), eval("y * 2", {"y": 4}), eval("x + y", {"x": 1}, {"y": 2}))
code = compile("a * b", "<expr>", "eval")
print(eval(code, {"a": 6, "b": 7}))
g = {}
exec("def square(n):\n    return n * n\nresult = square(9)", g)
print(g["result"], g["square"](3), "__builtins__" in g)
exec("total = 0\nfor i in range(5):\n    total += i", g)
print(g["total"])
stmt = compile("print('compiled exec', 1 + 1)", "<stmt>", "exec")
exec(stmt)
single = compile("40 + 2", "<single>", "single")
exec(single)
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
value = 5
def use_locals():
    local_var = 3
    return eval("local_var + value")
print(use_locals())
exec("value = 99")
print(value)
loc = {}
exec("inner = 'set in locals'", {}, loc)
print(loc)
print(eval("  7  "), eval("\n8\n"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
try:
    compile("x", "<bad>", "nonsense")
except ValueError as e:
    print(e)
print(type(code).__name__, code.co_filename)
