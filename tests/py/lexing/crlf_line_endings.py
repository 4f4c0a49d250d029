# CRLF line endings are accepted like LF line endings.
x = 1
if x:
    print("crlf ok")
s = """a
b"""
print(repr(s))
print(len(s))
y = (1 +
     2)
print(y)
