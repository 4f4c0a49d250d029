# Output written to sys.stdout and sys.stderr before an uncaught TypeError.
import sys
print("to stdout")
sys.stderr.write("to stderr via write\n")
print("to stderr via print", file=sys.stderr)
sys.stdout.write("written to stdout\n")
values = [1, 2, "3"]
total = 0
for v in values:
    total = total + v
