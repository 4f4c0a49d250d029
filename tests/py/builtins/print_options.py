# print(): several arguments, sep, end, file and flush, and printing of non-string objects.
import sys
print()
print("a")
print("a", "b", 1, 2.5, None, True, [1], (2,), {"k": "v"})
print("x", "y", sep="")
print("x", "y", sep=" | ")
print("no newline", end=" ")
print("then", end="\n\n")
print("joined", "by", "newlines", sep="\n")
print(*range(5), sep=",")
print("to stdout explicitly", file=sys.stdout)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print("", "", sep="-")
print([print])
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
