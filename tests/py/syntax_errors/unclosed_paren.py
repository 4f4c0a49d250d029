# An unclosed parenthesis is reported at the opening bracket.
print("start")
total = (1 +
         2
print(total)
