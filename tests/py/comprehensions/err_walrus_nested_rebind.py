# The rebinding check covers the iteration variables of outer comprehensions too.
print([[(i := 0) for j in range(2)] for i in range(2)])
