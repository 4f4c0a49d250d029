# A module that something outside sys.modules keeps alive survives the collection at exit;
# then its namespace is wiped as CPython's: names with one leading underscore become None
# first, then the others, so destructors see those names as None.
import sys
import mod_keepalive
sys.keepalive = mod_keepalive  # sys outlives the other modules
print("end of script")
