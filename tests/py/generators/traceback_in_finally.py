# An error inside a finally block run by close(), with the GeneratorExit as its context.

def resource():
    try:
        yield "resource"
    finally:
        print("releasing")
        raise OSError("release failed")

r = resource()
print(next(r))
r.close()
