# bench/mandelbrot.py: escape-time iteration of the Mandelbrot set over a grid (tight float loops,
# no complex numbers), plus an ASCII thumbnail. Usage: mandelbrot.py [size (default 680)].
# Deterministic; prints the thumbnail, the total iteration count and a checksum of the grid.
import sys

MAX_ITER = 100


def escape_time(cr, ci):
    """Iterations before z = z^2 + c leaves the radius-2 disc, MAX_ITER if it never does."""
    zr = zi = 0.0
    for i in range(MAX_ITER):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return MAX_ITER


def render(size):
    """Return the grid of escape times over [-2, 0.6] x [-1.3, 1.3], size x size points."""
    rows = []
    last = max(size - 1, 1)
    for y in range(size):
        ci = -1.3 + 2.6 * y / last
        rows.append([escape_time(-2.0 + 2.6 * x / last, ci) for x in range(size)])
    return rows


def thumbnail(rows, width):
    palette = " .:-=+*#%@"
    step = max(len(rows) // width, 1)
    lines = []
    for row in rows[::step * 2]:
        cells = row[::step]
        lines.append("".join(palette[min(c * len(palette) // (MAX_ITER + 1), 9)] for c in cells))
    return lines


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 680
    rows = render(size)
    for line in thumbnail(rows, 40):
        print(line.rstrip())
    total = sum(sum(row) for row in rows)
    inside = sum(row.count(MAX_ITER) for row in rows)
    checksum = 0
    for row in rows:
        for c in row:
            checksum = (checksum * 131 + c) % 1000000007
    print("size", size, "iterations", total, "inside", inside, "checksum", checksum)


if __name__ == "__main__":
    main()
