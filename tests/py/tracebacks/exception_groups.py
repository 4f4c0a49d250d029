# Uncaught exception groups print as CPython 3.11 prints them: nested boxes with "| " margins,
# numbered members, "and N more exceptions" past 15, "... (max_group_depth is 10)" past 10
# levels, chained causes and contexts inside members, notes, messages with line breaks, and
# groups left over by except* handlers. Each report goes through sys.excepthook (stderr).
import sys


def report(make):
    try:
        make()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
    print("reported", make.__name__)


def leaf(exc):
    raise exc


def simple():
    raise ExceptionGroup("simple", [ValueError(1), TypeError("two")])


def members_with_tracebacks():
    excs = []
    for e in (ValueError("v"), KeyError("k")):
        try:
            leaf(e)
        except Exception as caught:
            excs.append(caught)
    raise ExceptionGroup("with tracebacks", excs)


def nested():
    inner = ExceptionGroup("inner", [ValueError(1), ExceptionGroup("innermost", [OSError(2)])])
    raise BaseExceptionGroup("outer", [inner, KeyboardInterrupt()])


def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(20)])


def exactly_sixteen():
    raise ExceptionGroup("sixteen", [ValueError(i) for i in range(16)])


def deep():
    eg = ValueError("bottom")
    for i in range(12):
        eg = ExceptionGroup("level %d" % i, [eg])
    raise eg


def chained_member():
    try:
        leaf(ValueError("first"))
    except ValueError as e:
        try:
            raise KeyError("second") from e
        except KeyError as k:
            raise ExceptionGroup("chained", [k, TypeError("plain")])


def context_on_group():
    try:
        leaf(ZeroDivisionError("during"))
    except ZeroDivisionError:
        raise ExceptionGroup("after", [ValueError(1)])


def notes_and_lines():
    e = ValueError("line one\nline two")
    e.add_note("a note\nspanning lines")
    g = ExceptionGroup("multi\nline", [e])
    g.add_note("group note")
    raise g


def leftover_from_except_star():
    try:
        raise ExceptionGroup("handled in part", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        pass
    except* TypeError:
        raise


def raised_in_handler():
    try:
        raise ExceptionGroup("original", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("handler failed")


def bare_wrapped_and_reraised():
    try:
        leaf(ValueError("bare"))
    except* ValueError:
        raise


for make in (simple, members_with_tracebacks, nested, wide, exactly_sixteen, deep,
             chained_member, context_on_group, notes_and_lines, leftover_from_except_star,
             raised_in_handler, bare_wrapped_and_reraised):
    report(make)

raise ExceptionGroup("uncaught at the end", [ValueError("last"), ExceptionGroup("n", [TypeError()])])
