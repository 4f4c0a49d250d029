import threading
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))
threading.excepthook = hook
def bad(kind):
    if kind == 0: raise ValueError('v')
    if kind == 1: raise KeyError('k')
    if kind == 2: raise SystemExit(5)
    return 'fine'
for k in range(4):
    t = threading.Thread(target=bad, args=(k,), name='T%d' % k)
    t.start(); t.join()
print(caught)
