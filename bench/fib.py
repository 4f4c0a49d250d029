# bench/fib.py: naive recursive Fibonacci, the classic call-overhead benchmark.
# Usage: fib.py [n (default 35)]. Deterministic; prints fib(n) and the number of calls made.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def calls_for(n):
    # fib(n) makes 2 * F(n + 1) - 1 calls; computed iteratively so it costs nothing.
    a, b = 0, 1
    for _ in range(n + 1):
        a, b = b, a + b
    return 2 * a - 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 35
    result = fib(n)
    calls = calls_for(n)
    print("fib(" + str(n) + ") =", result, "calls:", calls)


if __name__ == "__main__":
    main()
