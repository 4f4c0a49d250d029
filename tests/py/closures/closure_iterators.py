# Iterator-like objects built from closures (no generators): next functions with hidden state.
def counter_iter(limit):
    state = {"i": 0}
    def next_item():
        if state["i"] >= limit:
            return None
        state["i"] += 1
        return state["i"]
    return next_item
nxt = counter_iter(3)
print(nxt(), nxt(), nxt(), nxt())
def fib_stream():
    a, b = 0, 1
    def step():
        nonlocal a, b
        value = a
        a, b = b, a + b
        return value
    return step
s = fib_stream()
print([s() for _ in range(15)])
def chunker(items, size):
    pos = 0
    def next_chunk():
        nonlocal pos
        chunk = items[pos:pos + size]
        pos += size
        return chunk
    return next_chunk
nc = chunker(list(range(10)), 4)
chunk = nc()
while chunk:
    print(chunk)
    chunk = nc()
def cycle(seq):
    index = -1
    def next_value():
        nonlocal index
        index = (index + 1) % len(seq)
        return seq[index]
    return next_value
c = cycle("abc")
print("".join([c() for _ in range(8)]))
