# __del__ runs when the last reference goes; exceptions in it are reported, not raised.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Resource("a")
del r
print("after del a")
Resource("temporary")
print("after temporary")
x = Resource("b")
x = Resource("c")
print("rebound")
items = [Resource("in-list")]
items.clear()
print("cleared")


def scope():
    local = Resource("local")
    return "returning"


print(scope())


class Child(Resource):
    def __del__(self):
        print("child cleanup first")
        super().__del__()


c = Child("child")
c = None
del x
print("end of program")
