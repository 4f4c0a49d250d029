# 1,000 nested parentheses around an expression end in a SyntaxError, not a crash.
source = "(" * 1000 + "1" + ")" * 1000
try:
    eval(source)
    print("succeeded?!")
except Exception as e:
    print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)
try:
    exec("x = " + source)
    print("succeeded?!")
except Exception as e:
    print(type(e).__name__, "|", e.msg)
ok = "(" * 100 + "1 + 2" + ")" * 100
print("100 nested parentheses:", eval(ok))
call_source = "abs(" * 150 + "-5" + ")" * 150
print("150 nested calls:", eval(call_source))
