# throw(): the exception is raised at the yield where the generator is suspended, so the
# traceback shows the thrower's line, then the generator's yield line.

def worker():
    print("working")
    while True:
        received = yield
        print("received", received)

w = worker()
next(w)
w.send("job 1")
w.throw(ConnectionError("lost the connection"))
