# An uncaught exception raised inside a generator: the traceback shows the generator's frame
# after the frame that resumed it.

def parse(lines):
    for number, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), int(value)

def load(lines):
    config = {}
    for key, value in parse(lines):
        config[key] = value
    return config

print(load(["a = 1", "b = 2"]))
print(load(["a = 1", "b = two"]))
