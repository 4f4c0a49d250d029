# while loops with else, break, continue, and counting patterns.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished normally at", n)

n = 0
while True:
    n += 1
    if n > 3:
        break
    print("loop", n)
else:
    print("never printed")
print("after break", n)

def collatz_steps(x):
    steps = 0
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return steps
print([collatz_steps(i) for i in range(1, 16)])

i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative", i)
        break
else:
    print("reached zero")
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
while False:
    print("never")
else:
    print("else of a loop that never ran")
