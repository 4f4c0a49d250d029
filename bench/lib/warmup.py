# bench/lib/warmup.py: run one benchmark program's main() again and again in one process and print
# the wall time of each run, one per line, for the warm-up view of bench/run. A development tool.
# Usage: warmup.py PROGRAM ITERATIONS [SIZE]   (SIZE omitted: the program's default size)
# The program is imported, not run: every bench/*.py guards its main() with `__name__`, and
# reads its size from sys.argv when main() runs. Pick a program that keeps no state between
# runs (no caches in globals), or later runs measure the cache instead of the warm-up.
import sys
import time


def discard(*args, **kwargs):
    """Stands in for print inside the program: the output of 100 runs is not wanted."""


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: warmup.py PROGRAM ITERATIONS [SIZE]")
    path, iterations, size = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    directory, _, filename = path.rpartition("/")
    sys.path.insert(0, directory or ".")
    sys.dont_write_bytecode = True      # leave no __pycache__ in bench/
    program = __import__(filename[:-len(".py")] if filename.endswith(".py") else filename)
    # A module global named print shadows the builtin for the program's own code.
    program.print = discard
    sys.argv = [path] + size
    for _ in range(iterations):
        start = time.perf_counter()
        program.main()
        print(time.perf_counter() - start)


if __name__ == "__main__":
    main()
