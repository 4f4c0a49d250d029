# The time module: time, perf_counter, monotonic, process_time and sleep (only relations are printed).
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
c0 = time.process_time()
time.sleep(0.02)
total = 0
for i in range(10000):
    total += i
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
c1 = time.process_time()
print(total)
print(t0 > 1600000000, t1 >= t0)
print(p1 - p0 >= 0.02, m1 - m0 >= 0.02, c1 - c0 >= 0)
print(type(t0).__name__, type(p0).__name__, type(m0).__name__, type(c0).__name__)
print(time.sleep(0) is None)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
