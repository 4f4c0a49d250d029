import _thread, time
class Boom:
    def __repr__(self):
        return '<Boom>'
    def __call__(self):
        raise ValueError('raw thread')
boom = Boom()
_thread.start_new_thread(boom, ())
time.sleep(0.05)
print('main continues')
