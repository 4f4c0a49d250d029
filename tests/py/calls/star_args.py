# *args collection and iterable unpacking into calls, including several star arguments.
def collect(*args):
    return args
print(collect())
print(collect(1))
print(collect(1, 2, 3))
print(collect(*[1, 2], *(3,), *"ab", *range(2)))
print(collect(*{}), collect(*{'k': 1}))
print(type(collect(1)).__name__)

def first_rest(first, *rest):
    return first, rest
print(first_rest(1))
print(first_rest(1, 2, 3))
print(first_rest(*"xyz"))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(101)))

def forward(*args):
    return collect(*args, 'extra')
print(forward(1, 2))
try:
    collect(*5)
except TypeError as e:
    print(e)
try:
    first_rest(*[])
except TypeError as e:
    print(e)
