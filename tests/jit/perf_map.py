# -X perf: every compiled unit gets a line "START SIZE py::qualname:file:line" in
# /tmp/perf-<pid>.map, so `perf report` names native frames.
# jit-flags: -X perf
# expect-stat: functions compiled: [1-9]
# expect-perf-map: ^[0-9a-f]+ [0-9a-f]+ py::dot:(.*/)?perf_map\.py:9$
# expect-perf-map: ^[0-9a-f]+ [0-9a-f]+ py::Grid\.total:(.*/)?perf_map\.py:19$
# expect-perf-map: ^[0-9a-f]+ [0-9a-f]+ py::<module>:(.*/)?perf_map\.py:1$

def dot(xs, ys):
    s = 0
    for x, y in zip(xs, ys):
        s += x * y
    return s

class Grid:
    def __init__(self, n):
        self.cells = [[i * n + j for j in range(n)] for i in range(n)]

    def total(self):
        t = 0
        for row in self.cells:
            for v in row:
                t += v
        return t

for k in range(30):
    r = dot(range(k), range(k, 2 * k))
print(r)
g = Grid(12)
print([g.total() for _ in range(15)][-1])
total = 0
for i in range(5000):
    total += i % 7
print(total)
