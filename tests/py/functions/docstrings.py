# Docstrings become __doc__ on functions and modules; other leading expressions do not.
"""Module docstring for the functions/docstrings test."""
def with_doc():
    """One line."""
def multi_line():
    """First line.

    More detail after a blank line.
    """
    return 1
def no_doc():
    x = "not a docstring"
    return x
def number_first():
    42
    """not a docstring either"""
print(repr(with_doc.__doc__))
print(repr(multi_line.__doc__))
print(no_doc.__doc__, number_first.__doc__)
print(__doc__)
lam = lambda: "lambdas have no docstring"
print(lam.__doc__)
def raw_doc():
    r"""Raw \n docstring."""
print(raw_doc.__doc__)
