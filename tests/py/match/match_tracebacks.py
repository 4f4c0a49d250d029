# Errors raised while matching point at the right place: the subject, a value pattern's
# lookup, a class pattern, a mapping's `get`, a guard and a case body each show their own
# line in the traceback; the exception leaves the match cleanly so later code runs.
class Bad:
    __match_args__ = ["a"]


class Getter(dict):
    def get(self, key, default=None):
        raise LookupError("no get today")


def where(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print(type(e).__name__, "in", tb.tb_frame.f_code.co_name, "at line", tb.tb_lineno)


def subject_error():
    match 1 // 0:
        case _:
            pass


def lookup_error():
    match 3:
        case Bad.missing:
            pass


def class_error():
    match Bad():
        case Bad(1):
            pass


def get_error():
    match Getter(a=1):
        case {"a": 1}:
            pass


def guard_error():
    match [1]:
        case [x] if x.missing:
            pass


def body_error():
    match "s":
        case str():
            int("s")


for fn in [subject_error, lookup_error, class_error, get_error, guard_error, body_error]:
    where(fn)

# Run the same failing match many times: the stack stays balanced.
for i in range(1000):
    try:
        class_error()
    except TypeError:
        pass
print("still running")


def uncaught():
    match {"k": Bad()}:
        case {"k": Bad(v)}:
            return v


uncaught()
