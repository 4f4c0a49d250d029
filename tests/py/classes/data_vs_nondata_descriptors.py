# Data descriptors beat the instance dict; non-data descriptors lose to it.
class Data:
    def __get__(self, obj, owner):
        return "data.get"

    def __set__(self, obj, value):
        print("data.set", value)


class NonData:
    def __get__(self, obj, owner):
        return "nondata.get"


class GetOnlyWithDelete:
    def __get__(self, obj, owner):
        return "getdel.get"

    def __delete__(self, obj):
        print("getdel.delete")


class C:
    d = Data()
    n = NonData()
    g = GetOnlyWithDelete()


c = C()
c.__dict__["d"] = "inst-d"
c.__dict__["n"] = "inst-n"
c.__dict__["g"] = "inst-g"
print(c.d)
print(c.n)
print(c.g)
c.d = 5
print(c.__dict__["d"])
c.n = "assigned"
print(c.n)
del c.g
print(C.d, C.n, C.g)
