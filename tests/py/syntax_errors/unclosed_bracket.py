# An unclosed square bracket that reaches the end of the file.
items = [1, 2, 3
