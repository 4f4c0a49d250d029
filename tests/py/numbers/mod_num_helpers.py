# Helpers for the numbers tests: conversions whose deprecation warnings CPython 3.11 shows only
# when called from __main__ (Krait has no warnings module yet).
def to_int(x):
    return int(x)

def to_complex(*args, **kw):
    return complex(*args, **kw)
