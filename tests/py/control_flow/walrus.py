# Assignment expressions (:=) in while, if, comprehensions and calls.
data = [5, 3, 8, 0, 2]
i = 0
while (value := data[i]) != 0:
    print("value", value)
    i += 1
print("stopped at index", i)
if (n := len(data)) > 3:
    print("long list of", n)
print([y for x in data if (y := x * x) > 10])
print(y)
def f(x):
    return x * 2
results = [r for v in range(5) if (r := f(v)) % 4 == 0]
print(results)
print((total := 10) + total)
chunks = []
text = "abcdefg"
pos = 0
while (chunk := text[pos:pos + 3]):
    chunks.append(chunk)
    pos += 3
print(chunks)
def inner_walrus():
    [last := k for k in range(4)]
    return last
print(inner_walrus())
print(max(a := 3, 5), a)
