# sys.exit raises SystemExit, which can be caught; its code reflects the argument.
import sys
for arg in [None, 0, 1, 42, "error text", [1, 2]]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print("SystemExit code:", repr(e.code), "args:", e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code)
try:
    sys.exit(1)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("exit code", e.code)
