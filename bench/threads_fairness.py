"""Thread fairness under the GIL: runs under krait and python3 alike.

1. Two CPU-bound threads count for 2 s; each should make progress within 20% of the other.
2. A thread sleeping 10 ms at a time measures how late it wakes while a CPU-bound thread
   runs; the lateness should stay within a few switch intervals (5 ms each).
Usage: threads_fairness.py [seconds]   (prints its measurements; exit 1 if a check fails)
"""
import sys
import threading
import time

DURATION = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0


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
    print(f"switch interval        {interval * 1000:.1f} ms")
    print(f"cpu threads' counts    {counts[0]} / {counts[1]}  (spread {spread * 100:.1f}%, limit 20%)")
    print(f"sleep wake-up lateness median {median * 1000:.2f} ms, worst {worst * 1000:.2f} ms"
          f" over {n} sleeps (limit {4 * interval * 1000:.0f} ms median)")
    ok = spread <= 0.20 and median <= 4 * interval
    print("ok" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
