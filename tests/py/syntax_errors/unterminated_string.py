# A single-quoted string that is not closed on its line.
message = "hello
print(message)
