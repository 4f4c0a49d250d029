# bench/gc_graph.py: the cycle collector under load: build a graph of a million small objects
# full of reference cycles (nodes with edges to pseudo-random others, adjacency lists, rings),
# drop it, and collect it with gc.collect(); automatic collections run while it is built.
# Usage: gc_graph.py [nodes (default 500000: a graph of about a million objects)] [rounds
# (default 1)]. Deterministic; prints what each collection found, which must equal CPython's.
import gc
import sys


class Node:
    __slots__ = ("ident", "edges", "partner")

    def __init__(self, ident):
        self.ident = ident
        self.edges = []
        self.partner = None


def lcg(seed):
    """An endless stream of pseudo-random 31-bit numbers (a linear congruential generator)."""
    state = seed
    while True:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state


def build(n, rand):
    """n nodes, each with an edge list of three others and a partner: about 4n objects in
    cycles (nodes, their lists, and a ring of tuples every 100 nodes)."""
    nodes = [Node(i) for i in range(n)]
    for node in nodes:
        for _ in range(3):
            node.edges.append(nodes[next(rand) % n])
        node.partner = nodes[next(rand) % n]
    rings = []
    for start in range(0, n, 100):
        ring = [nodes[start]]
        ring.append(ring)  # a list that contains itself
        rings.append((ring, nodes[start]))
    nodes[0].edges.append(rings)
    return nodes


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rand = lcg(42)
    total = 0
    for round_no in range(rounds):
        graph = build(n, rand)
        degree = sum(len(node.edges) for node in graph)
        del graph
        found = gc.collect()
        total += found
        print("round", round_no, "edges", degree, "collected", found)
    print("total collected", total)


if __name__ == "__main__":
    main()
