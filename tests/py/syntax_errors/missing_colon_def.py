# A def statement without its colon.
def greet(name)
    return "hi " + name
