# A number immediately followed by letters.
x = 12abc
