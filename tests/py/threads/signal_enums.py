import signal
print([s.name for s in signal.Signals], len(signal.Signals))
print([n for n in dir(signal) if n.startswith('SIG') and not n.startswith('SIG_')])
print(sorted(signal.valid_signals())[:5], len(signal.valid_signals()))
print(signal.Signals['SIGTERM'], repr(signal.Signals.SIGIOT), repr(signal.SIGPOLL), repr(signal.SIGCLD))
print(signal.SIGINT in signal.Signals, signal.Signals(2) is signal.SIGINT, isinstance(signal.SIGINT, int))
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
try: signal.Signals(99)
except ValueError as e: print(e)
try: signal.Signals['NOPE']
except KeyError as e: print('KeyError', e)
print(signal.SIGINT + 1, signal.SIGINT == 2, hash(signal.SIGINT) == 2, f"{signal.SIGINT}", "%d" % signal.SIGTERM)
