# The global statement: rebinding, creating new module globals from functions, global in nested defs.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
for _ in range(3):
    print(increment())
print("counter", counter)

def create():
    global created
    created = "made in a function"
create()
print(created)

def outer():
    def inner():
        global counter
        counter = 100
    inner()
    counter = -1
    return counter
print(outer(), counter)

def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)

def reader():
    return counter + a
print(reader())

def local_only():
    counter = 5
    return counter
print(local_only(), counter)

def delete_global():
    global created
    del created
delete_global()
print('created' in globals())
