# Helper module that raises while it is being imported (used by tracebacks/import_time_error.py).
VALUE = 1

def helper():
    return VALUE

config = {"name": "x"}
port = config["port"]
