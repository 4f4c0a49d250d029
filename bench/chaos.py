# bench/chaos.py: the chaos game: a point jumps by randomly chosen maps (affine maps and a map that
# bends the plane along a cubic B-spline) and the visits are binned into a density grid. Small
# Point objects, callable instances, float arithmetic and an LCG. Usage: chaos.py [points
# (default 500000)]. Deterministic; prints an ASCII density plot and a checksum of the grid.
import math
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x:.4f}, {self.y:.4f})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def length(self):
        return math.hypot(self.x, self.y)


class Lcg:
    """A linear congruential generator with 31-bit state; random() is uniform in [0, 1)."""

    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


class BSpline:
    """A uniform cubic B-spline over control points; the parameter runs over [0, 1]."""

    def __init__(self, points):
        if len(points) < 4:
            raise ValueError("a cubic B-spline needs at least 4 control points")
        self.points = points
        self.segments = len(points) - 3

    def locate(self, t):
        """Return (segment index, local parameter in [0, 1]) for t clamped to [0, 1]."""
        t = min(max(t, 0.0), 1.0) * self.segments
        i = min(int(t), self.segments - 1)
        return i, t - i

    def __call__(self, t):
        i, u = self.locate(t)
        p0, p1, p2, p3 = self.points[i:i + 4]
        u2 = u * u
        u3 = u2 * u
        b0 = (1 - u) ** 3 / 6
        b1 = (3 * u3 - 6 * u2 + 4) / 6
        b2 = (-3 * u3 + 3 * u2 + 3 * u + 1) / 6
        b3 = u3 / 6
        return Point(b0 * p0.x + b1 * p1.x + b2 * p2.x + b3 * p3.x,
                     b0 * p0.y + b1 * p1.y + b2 * p2.y + b3 * p3.y)

    def tangent(self, t):
        i, u = self.locate(t)
        p0, p1, p2, p3 = self.points[i:i + 4]
        d0 = -(1 - u) ** 2 / 2
        d1 = (3 * u * u - 4 * u) / 2
        d2 = (-3 * u * u + 2 * u + 1) / 2
        d3 = u * u / 2
        return Point(d0 * p0.x + d1 * p1.x + d2 * p2.x + d3 * p3.x,
                     d0 * p0.y + d1 * p1.y + d2 * p2.y + d3 * p3.y)

    def length(self, steps):
        total = 0.0
        prev = self(0.0)
        for k in range(1, steps + 1):
            cur = self(k / steps)
            total += (cur - prev).length()
            prev = cur
        return total


class AffineMap:
    def __init__(self, a, b, c, d, e, f):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def __call__(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class SplineMap:
    """Send (x, y) in the unit square to the spline point at x, pushed off the curve by y."""

    def __init__(self, spline, thickness):
        self.spline = spline
        self.thickness = thickness

    def __call__(self, p):
        on = self.spline(p.x)
        t = self.spline.tangent(p.x)
        n = t.length() or 1.0
        offset = (p.y - 0.5) * self.thickness
        return Point(on.x - t.y / n * offset, on.y + t.x / n * offset)


class ChaosGame:
    def __init__(self, maps, weights, width, height):
        total = sum(weights)
        self.maps = maps
        self.cumulative = []
        acc = 0.0
        for w in weights:
            acc += w / total
            self.cumulative.append(acc)
        self.width = width
        self.height = height
        self.grid = [[0] * width for _ in range(height)]
        self.escapes = 0

    def choose(self, r):
        lo, hi = 0, len(self.cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if r < self.cumulative[mid]:
                hi = mid
            else:
                lo = mid + 1
        return self.maps[lo]

    def run(self, points, rng):
        p = Point(0.5, 0.5)
        lo_x = lo_y = math.inf
        hi_x = hi_y = -math.inf
        for i in range(points):
            p = self.choose(rng.random())(p)
            if not (0.0 <= p.x < 1.0 and 0.0 <= p.y < 1.0):
                # Pull a stray point back into the unit square.
                self.escapes += 1
                p = Point(p.x % 1.0, p.y % 1.0)
            if i < 20:
                continue
            lo_x, hi_x = min(lo_x, p.x), max(hi_x, p.x)
            lo_y, hi_y = min(lo_y, p.y), max(hi_y, p.y)
            self.grid[int(p.y * self.height)][int(p.x * self.width)] += 1
        return Point(lo_x, lo_y), Point(hi_x, hi_y)


def main():
    points = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    spline = BSpline([Point(0.05, 0.1), Point(0.2, 0.9), Point(0.5, 0.2), Point(0.7, 0.95),
                      Point(0.95, 0.6), Point(0.6, 0.05), Point(0.9, 0.3)])
    maps = [AffineMap(0.5, 0.0, 0.0, 0.5, 0.0, 0.0),
            AffineMap(0.5, 0.0, 0.0, 0.5, 0.5, 0.0),
            AffineMap(0.5, 0.0, 0.0, 0.5, 0.25, 0.45),
            AffineMap(0.3, -0.2, 0.2, 0.3, 0.4, 0.3),
            SplineMap(spline, 0.06)]
    game = ChaosGame(maps, [3, 3, 3, 1, 4], 64, 32)
    lo, hi = game.run(points, Lcg(4242))
    shades = " .:-=+*#%@"
    peak = max(max(row) for row in game.grid) or 1
    for row in reversed(game.grid):
        print("".join(shades[min(9, c * 30 // peak)] for c in row).rstrip())
    checksum = 0
    for row in game.grid:
        for c in row:
            checksum = (checksum * 1000003 + c) % 2147483647
    print("points", points, "escapes", game.escapes, "peak", peak, "box", lo, hi)
    print("spline length %.6f" % spline.length(1000), "checksum", checksum)


if __name__ == "__main__":
    main()
