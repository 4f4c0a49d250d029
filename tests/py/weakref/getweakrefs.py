# getweakrefcount and getweakrefs as objects gain and lose references.
import weakref


class O:
    pass


o = O()
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
r = weakref.ref(o)
p = weakref.proxy(o)
cb = weakref.ref(o, lambda x: None)
cp = weakref.proxy(o, lambda x: None)
print(weakref.getweakrefcount(o))
got = weakref.getweakrefs(o)
print(len(got), r in got, any(g is p for g in got), any(g is cb for g in got))
print(sorted(type(g).__name__ for g in got))
del got
del cb
print(weakref.getweakrefcount(o))
del cp
print(weakref.getweakrefcount(o))
del p
print(weakref.getweakrefcount(o), weakref.getweakrefs(o) == [r])
del o
print(r())
for v in [1, "s", None, [], object()]:
    print(weakref.getweakrefcount(v), weakref.getweakrefs(v))
try:
    weakref.getweakrefcount()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.getweakrefs(1, 2)
except TypeError as e:
    print("TypeError:", e)
import _weakref
print(_weakref.getweakrefcount is weakref.getweakrefcount, _weakref.ref is weakref.ref)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
