# Implicit line joining inside brackets, backslash continuation, and comments inside brackets.
total = (1 +
         2 +   # a comment inside parentheses
         3)
print(total)
items = [
    'a',
    'b',   # trailing comment

    'c',
]
print(items)
mapping = {
    'x': 1,
        'y': 2,   # odd indentation is fine inside braces
  'z': 3}
print(mapping)
value = 10 + \
    20 + \
    30
print(value)
if value > 50 and \
   total == 6:
    print("both")
def f(a,
      b,
        c=3):
    return a + b + c
print(f(1,
 2))
s = ('implicitly '
     'concatenated '
     "string")
print(s)
nested = [[1, 2,
           3], (4,
    5), {6:
7}]
print(nested)
x = [i
     for i in range(5)
     if i % 2]
print(x)
print(1, \
      2)
