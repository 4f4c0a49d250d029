# Function objects: __name__, __qualname__, __doc__, __defaults__, __module__ and custom attributes.
def documented(a, b=2):
    """Add two numbers."""
    return a + b
print(documented.__name__)
print(documented.__qualname__)
print(documented.__doc__)
print(documented.__defaults__)
print(documented.__module__)
def undocumented():
    pass
print(undocumented.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
documented.tag = "custom"
print(documented.tag, hasattr(documented, "tag"), hasattr(documented, "nope"))
print(getattr(documented, "missing", "default"))
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
print(callable(documented), callable(lam), callable(1))
print(documented.__code__.co_argcount, documented.__code__.co_name)
print(documented.__code__.co_varnames)
def kw(a, *args, b, **kwargs):
    c = 1
    return c
print(kw.__code__.co_argcount, kw.__code__.co_kwonlyargcount, kw.__code__.co_varnames)
