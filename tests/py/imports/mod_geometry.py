# Helper module for imports/*.py (not a test: the runner skips mod_*). Prints once when imported.
import math
print("mod_geometry: executing module body, __name__ =", __name__)
PI_ROUNDED = round(math.pi, 4)
_private_helper_value = "private"
calls = 0

def circle_area(r):
    global calls
    calls += 1
    return math.pi * r * r

def rect_area(w, h):
    global calls
    calls += 1
    return w * h

def call_count():
    return calls
