# Trivial user-defined exception classes: raising, catching by base class, args and str.
class AppError(Exception):
    pass
class ConfigError(AppError):
    pass
class NetworkError(AppError):
    pass
def load(kind):
    if kind == "config":
        raise ConfigError("missing key", "timeout")
    if kind == "network":
        raise NetworkError("unreachable")
    return "loaded"
for kind in ["config", "network", "ok"]:
    try:
        print(load(kind))
    except AppError as e:
        print(type(e).__name__, e.args, str(e))
print(issubclass(ConfigError, AppError), issubclass(ConfigError, NetworkError))
print(isinstance(ConfigError(), Exception))
try:
    raise ConfigError
except ConfigError as e:
    print(repr(e))
try:
    raise NetworkError("x") from ConfigError("y")
except AppError as e:
    print(repr(e), repr(e.__cause__))
