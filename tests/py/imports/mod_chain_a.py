# Helper module for imports/module_chain.py: imports mod_chain_b, which is beside it.
import mod_chain_b
print("mod_chain_a loaded")
def a_value():
    return "a+" + mod_chain_b.b_value()
