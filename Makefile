# Makefile: a thin layer over CMake. `make demo` and `make test` are the README's two commands
# (after ./install-deps); build trees live in build/ (release) and build-asan/ (sanitizers).
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all build demo test unit-test asan leakcheck test-aarch64 bench clean

all: build

build:
	cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)
	cmake --build build -j $(JOBS)

demo: build
	./build/vm/krait demo.py
	./build/vm/krait --jit demo.py

# Warnings are errors here, as in CI. Unit suites print cmocka's summaries (-V);
# Python programs report only their differences.
test:
	cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKRAIT_WERROR=ON $(CMAKE_FLAGS)
	cmake --build build -j $(JOBS)
	cd build && ctest -L unit -V
	cd build && ctest -L 'py|jit' --output-on-failure -j $(JOBS) --no-tests=ignore

# The same tests built with AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DKRAIT_SANITIZE=ON -DKRAIT_WERROR=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure -j $(JOBS)

# The leak check: every Python program (interpreter and GC stress modes) in the sanitizer
# build, where LeakSanitizer reports any object still allocated at exit that nothing refers
# to (README, "Leaks").
leakcheck:
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DKRAIT_SANITIZE=ON -DKRAIT_WERROR=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest -L py --output-on-failure -j $(JOBS)

# Cross-build for arm64 (./install-deps --aarch64 first) and run every test under
# qemu-aarch64. Emulated, the whole suite takes hours on two cores (JIT stress mode runs
# LLVM itself under the emulator for every function): CTEST_FLAGS narrows it, e.g.
# `make test-aarch64 CTEST_FLAGS="-L jit"` or `CTEST_FLAGS="-E jit-stress"`.
CTEST_FLAGS ?=
test-aarch64:
	cmake -S . -B build-aarch64 -DCMAKE_TOOLCHAIN_FILE=cmake/aarch64-linux-gnu.cmake \
	      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKRAIT_WERROR=ON $(CMAKE_FLAGS)
	cmake --build build-aarch64 -j $(JOBS)
	cd build-aarch64 && ctest --output-on-failure -j $(JOBS) $(CTEST_FLAGS)

# The allocator micro-benchmark, then every bench/*.py under krait and python3 (bench/run -h).
bench: build
	./build/bench/bench_alloc
	bench/run

clean:
	rm -rf build build-asan build-aarch64
