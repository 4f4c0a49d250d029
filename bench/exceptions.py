# bench/exceptions.py: exceptions in hot loops: raising and catching built-in and user-defined
# exceptions through several frames, try/except/else/finally, exception hierarchies and tuples
# of handlers, chaining with `from`, re-raising, context managers that suppress, and EAFP-style
# lookups. Usage: exceptions.py [iterations (default 400000)]. Deterministic; prints counters.
import sys


class AppError(Exception):
    """The root of this program's errors; carries a numeric code."""

    def __init__(self, message, code=0):
        super().__init__(message)
        self.code = code


class ValidationError(AppError):
    def __str__(self):
        return f"invalid: {self.args[0]} (code {self.code})"


class RetryableError(AppError):
    pass


class Exhausted(RetryableError):
    pass


class Suppress:
    """A context manager that swallows the given exception types and counts them."""

    def __init__(self, *types):
        self.types = types
        self.count = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.count += 1
            return True
        return False


def parse(text):
    """EAFP int parsing: the ValueError is the common path for non-numbers."""
    try:
        return int(text)
    except ValueError:
        return None


def validate(value, i):
    if value is None:
        raise ValidationError("not a number", i % 7)
    if value < 0:
        raise ValueError("negative")
    if value % 97 == 0:
        raise Exhausted("try later", value)
    return value


def level3(i, table):
    return table[i % 13] // (i % 5)            # KeyError or ZeroDivisionError, sometimes


def level2(i, table):
    try:
        return level3(i, table)
    except ZeroDivisionError as e:
        raise AppError("division in level3", i) from e


def level1(i, table):
    try:
        return level2(i, table)
    finally:
        level1.calls += 1


level1.calls = 0


def deep_calls(n, table):
    counts = {"ok": 0, "key": 0, "app": 0, "caused": 0}
    for i in range(n):
        try:
            level1(i, table)
        except KeyError:
            counts["key"] += 1
        except AppError as e:
            counts["app"] += 1
            if isinstance(e.__cause__, ZeroDivisionError):
                counts["caused"] += 1
        else:
            counts["ok"] += 1
    return counts


def validation_loop(n, words):
    totals = {}
    codes = 0
    for i in range(n):
        word = words[i % len(words)]
        try:
            value = validate(parse(word), i)
        except ValidationError as e:
            name = "validation"
            codes += e.code
        except (ValueError, TypeError) as e:
            name = type(e).__name__
        except RetryableError as e:
            name = "retry:" + type(e).__name__
            codes += e.code % 3
        else:
            name = "ok"
            codes += value & 1
        totals[name] = totals.get(name, 0) + 1
    return totals, codes


def reraise_loop(n):
    wrapped = contexts = 0
    for i in range(n):
        try:
            try:
                [][i]
            except IndexError:
                if i % 2:
                    raise
                raise LookupError(f"wrapped {i}")
        except LookupError as e:
            wrapped += type(e) is LookupError
            contexts += e.__context__ is not None
    return wrapped, contexts


def lookup_loop(n):
    """Lookups that fail some of the time: dicts, attributes, iterators."""
    mapping = {i: i * i for i in range(0, 64, 3)}
    hits = misses = attrs = stops = 0

    class Thing:
        present = 1

    thing = Thing()
    for i in range(n):
        try:
            hits += mapping[i % 64]
        except KeyError:
            misses += 1
        try:
            attrs += getattr(thing, "present" if i % 4 else "absent")
        except AttributeError:
            attrs -= 1
        it = iter(range(i % 3))
        try:
            while True:
                next(it)
        except StopIteration:
            stops += 1
    return hits, misses, attrs, stops


def suppress_loop(n):
    guard = Suppress(ZeroDivisionError, KeyError)
    total = 0
    for i in range(n):
        with guard:
            total += 100 // (i % 4)
        with guard:
            total += {0: 1}[i % 2]
    return total, guard.count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    table = {k: k * 10 for k in range(0, 13, 2)}
    print("deep calls:", deep_calls(n, table), "finally ran", level1.calls)
    words = ["12", "x", "-3", "194", "7", "", "0x1f", "388", "  42 ", "1_000", "٣", "nan"]
    print("validation:", validation_loop(n, words))
    print("re-raise:", reraise_loop(n // 2))
    print("lookups:", lookup_loop(n))
    print("suppress:", suppress_loop(n))
    try:
        validate(None, 3)
    except AppError as e:
        print("str:", e, "| repr:", repr(e), "| args:", e.args)
    try:
        level1(10, table)
    except AppError as e:
        print("chained:", repr(e), "cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)
    try:
        with Suppress(KeyError):
            raise Exhausted("escapes", 1)
    except RetryableError as e:
        print("not suppressed:", type(e).__name__, e, e.code)


if __name__ == "__main__":
    main()
