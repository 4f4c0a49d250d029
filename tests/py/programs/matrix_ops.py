# Matrix routines on lists of lists: multiply, transpose, identity, power, determinant, inverse check.
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(m):
    return [list(row) for row in zip(*m)]
def multiply(a, b):
    bt = transpose(b)
    return [[sum([x * y for x, y in zip(row, col)]) for col in bt] for row in a]
def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = multiply(result, m)
        m = multiply(m, m)
        k >>= 1
    return result
def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        total += (-1) ** col * m[0][col] * determinant(minor)
    return total
def show(name, m):
    print(name)
    for row in m:
        print("  " + " ".join([f"{v:>6}" for v in row]))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("transpose(a)", transpose(a))
show("a x b", multiply(a, b))
show("b x a", multiply(b, a))
fib_matrix = [[1, 1], [1, 0]]
print("fib(90) via matrix power:", mat_pow(fib_matrix, 90)[0][1])
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det(m) =", determinant(m))
print("det(identity(5)) =", determinant(identity(5)))
big = [[(i * 7 + j * 3) % 11 for j in range(5)] for i in range(5)]
show("big", big)
print("det(big) =", determinant(big))
print("trace(big) =", sum([big[i][i] for i in range(5)]))
show("big^3", mat_pow(big, 3))
float_m = [[0.5, 0.25], [0.125, 2.0]]
print("float product:", multiply(float_m, float_m))
