# **kwargs collection in call order, dict unpacking into calls, and merged keyword sources.
def collect(**kw):
    return kw
print(collect())
print(collect(b=2, a=1, c=3))
print(collect(**{'z': 26}, y=25))
print(collect(**{'a': 1}, **{'b': 2}, c=3))

def mixed(a, b=0, **kw):
    return a, b, kw
print(mixed(1, x=9))
print(mixed(b=5, a=4, y=8))
print(mixed(**{'a': 1, 'b': 2, 'c': 3}))

def wrapper(*args, **kwargs):
    return mixed(*args, **kwargs)
print(wrapper(1, 2, q=3))

try:
    collect(**{'a': 1}, a=2)
except TypeError as e:
    print(e)
try:
    mixed(1, a=2)
except TypeError as e:
    print(e)
try:
    collect(**{1: 2})
except TypeError as e:
    print(e)
try:
    collect(**[1])
except TypeError as e:
    print(e)
kw = collect(one=1, two=2)
kw['three'] = 3
print(kw, list(kw))
