# Graph algorithms on adjacency dicts: BFS shortest path, DFS order, Dijkstra, topological sort.
edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]
graph = {}
for a, b, w in edges:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))
for node in graph:
    graph[node].sort()
def bfs_path(start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        if path[-1] == goal:
            return path
        for nxt, _ in graph[path[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None
def dfs_order(start):
    order, stack, seen = [], [start], set()
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        for nxt, _ in reversed(graph[node]):
            if nxt not in seen:
                stack.append(nxt)
    return order
def dijkstra(start):
    dist = {start: 0}
    prev = {}
    pending = [(0, start)]
    done = set()
    while pending:
        pending.sort()
        d, node = pending.pop(0)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                pending.append((nd, nxt))
    return dist, prev
print(bfs_path("A", "F"), bfs_path("A", "H"))
print(dfs_order("A"), dfs_order("G"))
dist, prev = dijkstra("A")
print(sorted(dist.items()))
node, route = "F", []
while node != "A":
    route.append(node)
    node = prev[node]
print("->".join(["A"] + route[::-1]), dist["F"])
deps = {"app": ["lib", "util"], "lib": ["core"], "util": ["core", "log"], "core": [], "log": [], "test": ["app"]}
def topo(deps):
    order, state = [], {}
    def visit(n):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle at " + n)
        state[n] = "active"
        for d in deps[n]:
            visit(d)
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n)
    return order
print(topo(deps))
deps["core"] = ["app"]
try:
    topo(deps)
except ValueError as e:
    print("ValueError:", e)
