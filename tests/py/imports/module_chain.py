# A module that imports another helper module; load order and sys.modules entries.
import sys
print("before import")
import mod_chain_a
print("after import")
print(mod_chain_a.a_value())
print("mod_chain_b" in sys.modules, "mod_chain_a" in sys.modules)
import mod_chain_b
print(mod_chain_b is mod_chain_a.mod_chain_b)
print(sys.modules["mod_chain_b"].b_value())
