# Cross-build for arm64 Linux with Debian's cross compiler and multiarch libraries
# (./install-deps --aarch64). Tests run under qemu-aarch64 (make test-aarch64).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
# Libraries and headers only from the arm64 multiarch folders, programs from the host.
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig)
# The emulator's root is / so that the dynamic loader comes from the same glibc as the libc.so.6
# it loads (libc6:arm64 in /lib/aarch64-linux-gnu). With -L /usr/aarch64-linux-gnu the loader
# was the cross toolchain's (another glibc build) and libc the multiarch one: the two disagree
# on the loader's internal layout, and pthread_create spun forever walking its stack lists.
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64 -L /)
# The JIT module: the amd64 LLVM headers (llvm-config-19 is the host's; llvm-19-dev:arm64
# cannot be installed beside it) with the arm64 libLLVM (libllvm19:arm64). jit/llvm.c
# initializes the AArch64 target by name, as the headers' "native" target is X86.
set(KRAIT_LLVM_LIBRARY /usr/lib/aarch64-linux-gnu/libLLVM-19.so CACHE FILEPATH "arm64 libLLVM")
