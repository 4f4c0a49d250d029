# A 10,000-deep nested list literal given to eval/compile ends in a SyntaxError, not a crash.
depth = 10000
source = "[" * depth + "]" * depth
for attempt in ["eval", "compile"]:
    try:
        if attempt == "eval":
            eval(source)
        else:
            compile(source, "<deep>", "exec")
        print(attempt, "succeeded?!")
    except Exception as e:
        print(attempt, type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)
shallow = "[" * 50 + "]" * 50
value = eval(shallow)
levels = 0
while value:
    value = value[0]
    levels += 1
print("50-deep literal evaluates, levels:", levels + 1)
