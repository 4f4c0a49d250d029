# An uncaught exception of a class defined here: its qualified name in the traceback.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f"bad key {key!r}")


class Loader:
    class Error(Exception):
        pass

    def load(self, key):
        if key == "inner":
            raise Loader.Error("nested class error")
        raise ConfigError(key)


try:
    Loader().load("inner")
except Loader.Error as e:
    print("caught", type(e).__qualname__, e)
print("about to fail")
Loader().load("port")
