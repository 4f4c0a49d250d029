# A decimal literal with leading zeros.
x = 0123
