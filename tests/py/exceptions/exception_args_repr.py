# Exception instances: args, str and repr with zero, one and several arguments.
cases = [
    ValueError(),
    ValueError("message"),
    ValueError("two", "args"),
    ValueError(42),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError("index out"),
    Exception(None),
    RuntimeError(""),
    ZeroDivisionError("division by zero"),
    StopIteration(5),
    SystemExit(3),
    AssertionError("failed"),
    TypeError(["list arg"]),
]
for e in cases:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
print(StopIteration(5).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit("msg").code)
err = OSError(2, "No such file or directory")
print(err.errno, err.strerror, str(err))
print(str(KeyError("it's")), str(KeyError('say "hi"')))
