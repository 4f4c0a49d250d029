# Conway's Game of Life on a small wrapped grid: a glider and a blinker over several generations.
WIDTH, HEIGHT = 10, 8
def make_grid(cells):
    return {(x, y) for x, y in cells}
def neighbours(cell):
    x, y = cell
    return [((x + dx) % WIDTH, (y + dy) % HEIGHT)
            for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]
def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, c in counts.items() if c == 3 or (c == 2 and cell in live)}
def render(live):
    rows = []
    for y in range(HEIGHT):
        rows.append("".join(["#" if (x, y) in live else "." for x in range(WIDTH)]))
    return "\n".join(rows)
glider = make_grid([(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)])
blinker = make_grid([(6, 5), (7, 5), (8, 5)])
world = glider | blinker
for generation in range(5):
    print("generation", generation, "population", len(world))
    print(render(world))
    world = step(world)
populations = []
for _ in range(35):
    world = step(world)
    populations.append(len(world))
print("populations:", populations)
print("after 40 generations:", len(world), sorted(world))
