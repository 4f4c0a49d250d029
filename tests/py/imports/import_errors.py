# Importing missing modules and names raises ModuleNotFoundError / ImportError.
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    import no_such_module_anywhere as alias
except ImportError as e:
    print("caught as ImportError:", type(e).__name__)
try:
    from no_such_pkg import thing
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, "|", e.name, "|", str(e).startswith("cannot import name 'no_such_name' from 'math'"))
try:
    from mod_state import missing_function
except ImportError as e:
    print(type(e).__name__, "|", e.name)
print(issubclass(ModuleNotFoundError, ImportError))
