# raise ... from None hides the original exception from the traceback.
def get(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError("no such setting: " + key) from None

settings = {"debug": True}
print(get(settings, "debug"))
get(settings, "verbose")
