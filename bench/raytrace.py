# bench/raytrace.py: a small ray tracer (spheres and a checkered plane, point lights, shadows and
# reflections) built on a Vector class with operator dunders: allocation of many short-lived
# objects, method calls, float arithmetic. Usage: raytrace.py [width (default 260)].
# Deterministic; prints an ASCII rendering and a checksum of the quantized pixels.
import math
import sys

EPSILON = 1e-9
MAX_DEPTH = 3


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"Vector({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y, self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Colour(Vector):
    """An RGB colour with components in [0, 1]; products of colours mix them."""
    __slots__ = ()

    def __add__(self, other):
        return Colour(self.x + other.x, self.y + other.y, self.z + other.z)

    def __mul__(self, k):
        if isinstance(k, Colour):
            return Colour(self.x * k.x, self.y * k.y, self.z * k.z)
        return Colour(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def quantized(self):
        return channel(self.x), channel(self.y), channel(self.z)



def channel(c):
    """A colour component as an integer in 0..255."""
    return min(255, max(0, int(c * 255 + 0.5)))


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse=0.8, specular=0.3, shininess=20, reflective=0.0):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflective = reflective

    def colour_at(self, point):
        return self.colour


class Checkered(Material):
    def __init__(self, colour, other, size, **kwargs):
        super().__init__(colour, **kwargs)
        self.other = other
        self.size = size

    def colour_at(self, point):
        square = math.floor(point.x / self.size) + math.floor(point.z / self.size)
        return self.colour if square % 2 == 0 else self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        """The smallest t > EPSILON at which ray meets the shape, or None."""
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, centre, radius, material):
        super().__init__(material)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self, shapes, lights, ambient):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.rays = 0

    def nearest(self, ray):
        best_t, best = None, None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, shape
        return best_t, best

    def shadowed(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        t, _ = self.nearest(Ray(point, to_light * (1.0 / distance)))
        return t is not None and t < distance

    def trace(self, ray, depth):
        self.rays += 1
        t, shape = self.nearest(ray)
        if shape is None:
            # The sky: a gradient from white at the horizon to blue above.
            k = 0.5 * (ray.direction.y + 1.0)
            return Colour(1.0, 1.0, 1.0) * (1.0 - k) + Colour(0.4, 0.6, 1.0) * k
        point = ray.at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0:
            normal = -normal
        material = shape.material
        base = material.colour_at(point)
        colour = base * self.ambient
        over = point + normal * 1e-6
        for light in self.lights:
            if self.shadowed(over, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                colour = colour + base * light.colour * (material.diffuse * lambert)
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0:
                    colour = colour + light.colour * (material.specular
                                                      * spec ** material.shininess)
        if material.reflective > 0 and depth < MAX_DEPTH:
            bounce = Ray(over, ray.direction.reflect(normal))
            colour = colour * (1.0 - material.reflective) + \
                self.trace(bounce, depth + 1) * material.reflective
        return colour


class Camera:
    def __init__(self, eye, look_at, up, fov, width, height):
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = up.cross(self.forward).normalized()
        self.up = self.forward.cross(self.right)
        self.half = math.tan(math.radians(fov) / 2)
        self.width = width
        self.height = height

    def ray_for(self, px, py):
        aspect = self.width / self.height
        u = (2 * (px + 0.5) / self.width - 1) * self.half * aspect
        v = (1 - 2 * (py + 0.5) / self.height) * self.half
        return Ray(self.eye, (self.forward + self.right * u + self.up * v).normalized())


def build_scene():
    shapes = [
        Plane(Vector(0, 0, 0), Vector(0, 1, 0),
              Checkered(Colour(0.9, 0.9, 0.9), Colour(0.2, 0.2, 0.25), 1.0, reflective=0.2)),
        Sphere(Vector(0, 1, 3), 1.0, Material(Colour(0.9, 0.2, 0.2), reflective=0.3)),
        Sphere(Vector(-2.2, 0.7, 4), 0.7, Material(Colour(0.2, 0.8, 0.3), shininess=60)),
        Sphere(Vector(2.0, 0.5, 2.2), 0.5, Material(Colour(0.3, 0.4, 0.9), reflective=0.6)),
        Sphere(Vector(0.8, 2.6, 5), 0.6, Material(Colour(0.9, 0.8, 0.2), specular=0.8)),
    ]
    lights = [Light(Vector(-4, 6, -2), Colour(0.8, 0.8, 0.8)),
              Light(Vector(5, 4, 0), Colour(0.3, 0.3, 0.4))]
    return Scene(shapes, lights, 0.15)


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 260
    height = width * 3 // 4
    scene = build_scene()
    camera = Camera(Vector(0, 1.6, -3), Vector(0, 1, 3), Vector(0, 1, 0), 60, width, height)
    shades = " .:-=+*#%@"
    checksum = 0
    lines = []
    for py in range(height):
        row = []
        for px in range(width):
            r, g, b = scene.trace(camera.ray_for(px, py), 0).quantized()
            checksum = (checksum * 257 + r * 65536 + g * 256 + b) % 1000000007
            row.append(shades[min((r * 3 + g * 5 + b * 2) * len(shades) // 2560, 9)])
        lines.append("".join(row))
    step = max(width // 50, 1)
    for line in lines[::step * 2]:
        print(line[::step].rstrip())
    print(f"{width}x{height} rays {scene.rays} checksum {checksum}")
    print(camera.forward, camera.right, camera.up)


if __name__ == "__main__":
    main()
