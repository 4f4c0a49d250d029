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
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64 -L /usr/aarch64-linux-gnu)
# The JIT module: the amd64 LLVM headers (llvm-config-19 is the host's; llvm-19-dev:arm64
# cannot be installed beside it) with the arm64 libLLVM (libllvm19:arm64). jit/llvm.c
# initializes the AArch64 target by name, as the headers' "native" target is X86.
set(KRAIT_LLVM_LIBRARY /usr/lib/aarch64-linux-gnu/libLLVM-19.so CACHE FILEPATH "arm64 libLLVM")
