import threading, sys
def fail():
    try:
        raise KeyError('inner')
    except KeyError as e:
        return e
exc = fail()
t = threading.Thread(name='Worker-A')
args = threading.ExceptHookArgs((type(exc), exc, exc.__traceback__, t))
print(args.exc_type.__name__, args.thread.name, len(args))
threading.excepthook(args)
threading.excepthook(threading.ExceptHookArgs((SystemExit, SystemExit(3), None, t)))
print('after', threading.__excepthook__ is threading.excepthook)
def nested():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise ValueError('chained')
        except ValueError as e:
            return e
e2 = nested()
threading.excepthook(threading.ExceptHookArgs((ValueError, e2, e2.__traceback__, t)))
