# and/or return one of their operands and short-circuit; not always returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or "", "" or 0)
print(None and 1, None or "default", [] or [1], [0] or [1])
print(not 1, not 0, not [], not "x", not None)
calls = []
def t(name, value):
    calls.append(name)
    return value
t("a", 0) and t("b", 1)
print(calls)
calls.clear()
t("a", 1) or t("b", 1)
print(calls)
calls.clear()
result = t("a", 1) and t("b", 0) or t("c", "fallback")
print(result, calls)
calls.clear()
result = t("a", 0) or t("b", 0) or t("c", 0)
print(result, calls)
name = ""
display = name or "anonymous"
print(display)
print(True + True, True * 10, False - 1)
print(type(1 and 2).__name__, type(not 2).__name__)
print((1 and 2) == 2, (1 or 2) == 1)
x = 5
print(x > 0 and x < 10, x > 0 and x > 10 or "neither")
