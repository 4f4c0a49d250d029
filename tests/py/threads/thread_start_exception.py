import _thread, sys, time

# The main thread waits until the thread's exception has been reported (through
# sys.unraisablehook, as CPython reports it), not for a fixed time: under an emulator a
# thread may take long to start.
reported = _thread.allocate_lock()
reported.acquire()


def hook(args):
    sys.__unraisablehook__(args)
    reported.release()


sys.unraisablehook = hook


class Boom:
    def __repr__(self):
        return '<Boom>'
    def __call__(self):
        raise ValueError('raw thread')
boom = Boom()
_thread.start_new_thread(boom, ())
reported.acquire(timeout=60)
print('main continues')
