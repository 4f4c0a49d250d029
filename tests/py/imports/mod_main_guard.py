# Helper module for imports/main_guard.py: its main block runs only when executed as a script.
def describe():
    return "mod_main_guard.describe, __name__ = " + __name__

if __name__ == "__main__":
    print("mod_main_guard run as a script")
else:
    print("mod_main_guard imported")
