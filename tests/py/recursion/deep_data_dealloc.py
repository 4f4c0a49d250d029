# Freeing a 200,000-deep nested list, dict and tuple chain does not overflow the C stack.
nested = []
for _ in range(200000):
    nested = [nested]
print("built list")
del nested
print("freed list")
d = None
for i in range(200000):
    d = {"next": d, "i": i}
print("built dict", d["i"])
d = None
print("freed dict")
t = ()
for _ in range(200000):
    t = (t, 1)
print("built tuple", len(t))
t = None
print("freed tuple")
