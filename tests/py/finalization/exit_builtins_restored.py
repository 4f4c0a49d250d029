# Destructors at exit see the original builtins even when the program replaced or deleted
# some (CPython restores the builtins namespace before finalizing).
import builtins

class Late:
    def __del__(self):
        print("late destructor:", len("four"), abs(-3))

keep = Late()
builtins.len = lambda x: "replaced"
del builtins.abs
print(len("x"))
print("end of script")
