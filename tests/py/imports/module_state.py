# Module state is shared between all importers and changes through functions and attributes.
import mod_state
from mod_state import bump, counter
print(mod_state.counter, counter)
print(bump(), bump(), mod_state.counter, counter)
mod_state.counter = 50
print(mod_state.read_global(), bump())
mod_state.items.append("from main")
import mod_state as again
print(again.items, again is mod_state)
mod_state.new_attr = "added"
print(again.new_attr)
del mod_state.new_attr
print(hasattr(again, "new_attr"))
