# with statements call __enter__ and __exit__; a true __exit__ result swallows the error.
class Tag:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Tag("a") as v:
    print("inside", v)
with Tag("outer"), Tag("inner") as w:
    print("both", w)
with Tag("quiet", suppress=True):
    raise ValueError("hidden")
print("after quiet")
try:
    with Tag("loud"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", e)


def early():
    with Tag("ret"):
        return "returned"


print(early())
for i in range(2):
    with Tag(f"loop{i}"):
        if i == 0:
            continue
        break


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *a):
        pass


for obj in (NoExit(), NoEnter(), object()):
    try:
        with obj:
            pass
    except TypeError as e:
        print(e)
