# sys.exit called deep in the call stack unwinds through finally blocks and stops the program.
import sys
def level3():
    print("level3: exiting")
    sys.exit(0)
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except Exception:
        print("not caught: SystemExit is not an Exception")
level1()
print("not reached")
