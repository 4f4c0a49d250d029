# Two operators in a row where an expression is expected.
x = 1 + * 2
