# An f-string replacement field with no expression.
name = "x"
print(f"hello {}")
