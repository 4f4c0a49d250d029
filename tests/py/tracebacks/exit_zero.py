# sys.exit() and sys.exit(0) end the program successfully without output on stderr.
import sys
def finish():
    print("finishing")
    sys.exit(0)
try:
    finish()
finally:
    print("finally still runs")
print("never printed")
