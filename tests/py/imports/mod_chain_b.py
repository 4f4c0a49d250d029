# Helper module for imports/module_chain.py: the bottom of the import chain.
print("mod_chain_b loaded")
def b_value():
    return "b"
