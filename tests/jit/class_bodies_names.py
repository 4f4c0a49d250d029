# Class bodies and module code (LOAD_NAME/STORE_NAME), closures over class cells, del of
# names and locals, and global statements in compiled code.
# jit-threshold: 0
# expect-stat: functions compiled: ([3-9]|[1-9][0-9]+)
counter = 0

def bump():
    global counter
    counter += 1
    return counter

class A:
    x = 1
    y = x + 1
    def get(self):
        return __class__.__name__, self.y
    z = [bump() for _ in range(3)]
    del x

print(A().get(), A.z, hasattr(A, "x"))

def dels():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)

print(dels())
name = "module"
def reads():
    return name
print(reads())
del name
try:
    reads()
except NameError as e:
    print(type(e).__name__, e)
