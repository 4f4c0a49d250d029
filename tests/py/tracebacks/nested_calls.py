# An uncaught exception raised three calls deep: one traceback entry per frame.
def parse(text):
    return int(text)

def load(values):
    return [parse(v) for v in values]

def main():
    print("loading")
    numbers = load(["1", "2", "three"])
    print(numbers)

main()
