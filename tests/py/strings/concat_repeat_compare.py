# String concatenation, repetition, comparison, membership, and building strings in loops.
a = "abc"
b = "xyz"
print(a + b, a * 3, 3 * b, a * 0, a * -1 + "|")
print(a < b, a == "abc", a != b, "a" < "B", "Z" < "a", "abc" < "abd", "ab" < "abc")
print("" < "a", "apple" > "app", "10" < "9", "é" > "z")
print("b" in a, "bc" in a, "" in a, "cb" in a, "x" not in a)
s = ""
for i in range(5):
    s += str(i)
print(s)
parts = []
for ch in "hello":
    parts.append(ch.upper())
print("".join(parts))
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(max("hello"), min("hello"), sorted("hello"))
print("abc" * 2 == "abcabc", ("-" * 10))
print(a + str(1) + str(2.5) + str(None) + str(True))
greeting = "hi"
greeting += " there"
print(greeting)
print(len("a" * 1000), ("ab" * 3)[::2])
