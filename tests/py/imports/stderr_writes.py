# print(file=sys.stderr) and sys.stderr.write go to stderr; stdout stays separate.
import sys
print("out 1")
print("err 1", file=sys.stderr)
sys.stderr.write("err 2\n")
print("out 2", file=sys.stdout)
print("err", 3, sep="-", end="!\n", file=sys.stderr)
print("out 3", flush=True)
