# A small vector ray tracer: operator overloading on a Vec class, spheres and planes, diffuse
# and specular shading with shadows, rendered as ASCII art.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return Vec(self.x * k.x, self.y * k.y, self.z * k.z)
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __abs__(self):
        return math.sqrt(self @ self)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def __hash__(self):
        return hash((self.x, self.y, self.z))

    def __iter__(self):
        return iter((self.x, self.y, self.z))

    def __repr__(self):
        return f"Vec({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"

    def norm(self):
        return self / abs(self)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.norm()

    def at(self, t):
        return self.origin + self.direction * t


class Hit:
    def __init__(self, t, point, normal, thing):
        self.t, self.point, self.normal, self.thing = t, point, normal, thing

    def __lt__(self, other):
        return self.t < other.t


class Thing:
    def __init__(self, color, shine=0.0):
        self.color = color
        self.shine = shine

    def intersect(self, ray):
        raise NotImplementedError(type(self).__name__)


class Sphere(Thing):
    def __init__(self, center, radius, color, shine=0.0):
        super().__init__(color, shine)
        self.center, self.radius = center, radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc @ ray.direction
        c = oc @ oc - self.radius ** 2
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        if t < 1e-6:
            t = -b + math.sqrt(disc)
            if t < 1e-6:
                return None
        p = ray.at(t)
        return Hit(t, p, (p - self.center).norm(), self)


class Plane(Thing):
    def __init__(self, point, normal, color):
        super().__init__(color)
        self.point, self.normal = point, normal.norm()

    def intersect(self, ray):
        denom = self.normal @ ray.direction
        if abs(denom) < 1e-9:
            return None
        t = ((self.point - ray.origin) @ self.normal) / denom
        if t < 1e-6:
            return None
        return Hit(t, ray.at(t), self.normal, self)


class Scene:
    def __init__(self, things, light):
        self.things = things
        self.light = light

    def closest(self, ray):
        hits = []
        for thing in self.things:
            h = thing.intersect(ray)
            if h is not None:
                hits.append(h)
        return min(hits) if hits else None

    def shade(self, ray):
        hit = self.closest(ray)
        if hit is None:
            return 0.0
        to_light = (self.light - hit.point).norm()
        shadow = self.closest(Ray(hit.point + hit.normal * 1e-4, to_light))
        if shadow is not None and shadow.t < abs(self.light - hit.point):
            return 0.1 * hit.thing.color
        diffuse = max(0.0, hit.normal @ to_light)
        reflect = ray.direction - hit.normal * (2 * (ray.direction @ hit.normal))
        specular = max(0.0, reflect @ to_light) ** 20 * hit.thing.shine
        return min(1.0, 0.1 + 0.8 * diffuse * hit.thing.color + specular)


def render(scene, width, height):
    ramp = " .:-=+*#%@"
    eye = Vec(0, 0, -4)
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (i - width / 2) / (width / 2)
            y = -(j - height / 2) / (height / 2) * 0.6
            b = scene.shade(Ray(eye, Vec(x, y, 0) - eye))
            row.append(ramp[min(len(ramp) - 1, int(b * (len(ramp) - 1) + 0.5))])
        rows.append("".join(row))
    return rows


scene = Scene(
    [
        Sphere(Vec(0, 0, 1), 1.0, 0.9, shine=0.6),
        Sphere(Vec(1.6, -0.4, 0.2), 0.5, 0.7),
        Plane(Vec(0, -1, 0), Vec(0, 1, 0), 0.5),
    ],
    light=Vec(-3, 4, -3),
)
for line in render(scene, 48, 20):
    print(line.rstrip())
v = Vec(1, 2, 2)
print(abs(v), v.norm(), v @ v, -v, 2 * v, v * Vec(1, 0, 1), list(v), v == Vec(1, 2, 2), len({v, Vec(1, 2, 2)}))
