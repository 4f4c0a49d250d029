# Recursive calls using keyword arguments, defaults and star-args forwarding.
def count_down(n, acc=None):
    if acc is None:
        acc = []
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc=acc)
print(count_down(5))

def flatten(*items, depth=0):
    out = []
    for it in items:
        if isinstance(it, list):
            out.extend(flatten(*it, depth=depth + 1))
        else:
            out.append((it, depth))
    return out
print(flatten(1, [2, [3, [4]]], 5))

def power_set(items, prefix=()):
    if not items:
        return [prefix]
    first, *rest = items
    return power_set(rest, prefix) + power_set(rest, prefix + (first,))
print(power_set([1, 2, 3]))

def gcd(a, b):
    return a if b == 0 else gcd(b=a % b, a=b)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
