"""Thread fairness under the GIL: runs under krait and python3 alike.

1. Two CPU-bound threads count for 2 s; each should make progress within 20% of the other.
2. A thread sleeping 10 ms at a time measures how late it wakes while a CPU-bound thread
   runs; the lateness should stay within a few switch intervals (5 ms each).
Usage: bench/threads/fairness.py [--report] [seconds (default 2)]
Without --report stdout holds only the verdicts, which match between
interpreters when both pass, and the measurements go to stderr; --report prints them all to
stdout. The exit status is 1 when a check fails.
"""
import sys
import threading
import time

REPORT = "--report" in sys.argv[1:]
_args = [a for a in sys.argv[1:] if a != "--report"]
DURATION = float(_args[0]) if _args else 2.0


def fairness():
    counts = [0, 0]
    stop = threading.Event()

    def spin(k):
        n = 0
        while not stop.is_set():
            n += 1
            if n % 1000 == 0:
                counts[k] = n
        counts[k] = n

    threads = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    time.sleep(DURATION)
    stop.set()
    for t in threads:
        t.join()
    low, high = sorted(counts)
    return counts, (high - low) / high if high else 1.0


def wakeup_latency():
    stop = threading.Event()

    def spin():
        x = 0
        while not stop.is_set():
            x += 1

    t = threading.Thread(target=spin)
    t.start()
    late = []
    end = time.monotonic() + DURATION / 2
    while time.monotonic() < end:
        t0 = time.monotonic()
        time.sleep(0.010)
        late.append(time.monotonic() - t0 - 0.010)
    stop.set()
    t.join()
    late.sort()
    return late[len(late) // 2], late[-1], len(late)


def main():
    interval = sys.getswitchinterval()
    counts, spread = fairness()
    median, worst, n = wakeup_latency()
    out = sys.stdout if REPORT else sys.stderr
    print(f"interpreter            {sys.implementation.name} {sys.version.split()[0]}", file=out)
    print(f"switch interval        {interval * 1000:.1f} ms", file=out)
    print(f"cpu threads' counts    {counts[0]} / {counts[1]}  (spread {spread * 100:.1f}%,"
          f" limit 20%)", file=out)
    print(f"sleep wake-up lateness median {median * 1000:.2f} ms, worst {worst * 1000:.2f} ms"
          f" over {n} sleeps (limit: median within {4 * interval * 1000:.0f} ms)", file=out)
    fair, prompt = spread <= 0.20, median <= 4 * interval
    print("fairness:", "ok" if fair else "FAIL")
    print("wake-up latency:", "ok" if prompt else "FAIL")
    return 0 if fair and prompt else 1


if __name__ == "__main__":
    sys.exit(main())
