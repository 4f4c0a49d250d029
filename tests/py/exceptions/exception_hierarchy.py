# The built-in exception hierarchy: catching base classes, isinstance and issubclass.
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (UnboundLocalError, NameError),
    (ModuleNotFoundError, ImportError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError),
    (IndentationError, SyntaxError),
    (TabError, IndentationError),
    (StopIteration, Exception),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (GeneratorExit, Exception),
    (Exception, BaseException),
    (UnicodeDecodeError, ValueError),
    (AssertionError, Exception),
    (bool, int),
]
for sub, base in pairs:
    print(sub.__name__, "<", base.__name__, issubclass(sub, base))
def catch(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, SystemExit, KeyboardInterrupt]:
    print(exc.__name__, "->", catch(exc))
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), IndexError))
print(issubclass(ValueError, (TypeError, Exception)))
print([c.__name__ for c in ZeroDivisionError.__mro__])
