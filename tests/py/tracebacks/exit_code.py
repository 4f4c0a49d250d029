# sys.exit with an integer: no traceback, the process exit status is that integer.
import sys
print("exiting with status 3")
sys.exit(3)
print("never printed")
