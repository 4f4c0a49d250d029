# Importing a .py module beside the script: body runs once, attributes, module globals are separate.
import mod_geometry
import mod_geometry
import mod_geometry as geo
from mod_geometry import circle_area, rect_area
print(mod_geometry.__name__, geo is mod_geometry)
print(round(mod_geometry.circle_area(2), 4), circle_area(1) == mod_geometry.circle_area(1))
print(rect_area(3, 4), mod_geometry.PI_ROUNDED)
print(mod_geometry.call_count(), geo.calls)
calls = "main module's calls"
print(mod_geometry.call_count(), calls)
mod_geometry.calls = 100
print(mod_geometry.call_count())
print(mod_geometry._private_helper_value)
print(hasattr(mod_geometry, "math"), mod_geometry.math.floor(2.5))
print(type(mod_geometry).__name__)
