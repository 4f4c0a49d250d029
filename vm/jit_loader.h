// jit_loader.h: the interpreter's side of the JIT tier (jit_loader.c). The tier itself is a
// shared module (jit/, libkrait-jit.so, the only code linked with LLVM) that is dlopen'ed the
// first time --jit needs it; this header is the whole contract between the two.
#ifndef KRAIT_VM_JIT_LOADER_H
#define KRAIT_VM_JIT_LOADER_H

#include "vm/frame.h"

// Bumped whenever VmJitApi or VmJitOptions change, so a stale module is refused.
#define VM_JIT_API_VERSION 2

// The symbol the module exports: `const VmJitApi *krait_jit_api(void)`.
#define VM_JIT_API_SYMBOL "krait_jit_api"

// What native code (and vm_jit_enter) return to the interpreter.
enum {
    VM_JIT_ERROR = -1,      // an exception is pending, raised at frame->prev_instr
    VM_JIT_RESUME = 0,      // continue interpreting at frame->prev_instr + 1, stack at stacktop
    VM_JIT_NOT_ENTERED = 1, // no native code for this point: carry on as if nothing happened
};

// Settings from the command line and the environment.
typedef struct VmJitOptions {
    long threshold; // calls + back-edges before a code object is compiled (0: first call)
    int sync;       // compile on the interpreter's thread, not the compile thread (--jit-sync)
    int dump_ir;    // print the IR of every unit before and after optimization (stderr)
    int dump_asm;   // print the machine code of every unit (stderr)
    int stats;      // print the tier's statistics at exit (stderr)
    int perf_map;   // -X perf: name each unit's machine code in /tmp/perf-<pid>.map
    int gdb;        // -X jit-gdb: register each unit's object file with GDB's JIT interface
} VmJitOptions;

// Native code for `frame` starting at the instruction with code-unit index `index`, which
// runs until it returns, raises or deoptimizes; returns a VM_JIT_* status.
typedef int (*VmJitEntry)(Frame *frame, int index);

// What a code object's co_jit points to: the module's unit, whose first member is this.
// The compile thread installs native code by storing `entry` atomically (release), so the
// interpreter loads it atomically (acquire).
typedef struct VmJitCode {
    VmJitEntry entry;
    long hotter_at; // co_calls + co_backedges at which to call api->hotter (LONG_MAX: never)
} VmJitCode;

// The module's entry table.
typedef struct VmJitApi {
    int version; // VM_JIT_API_VERSION
    // Start the tier with these options: 0, or -1 after printing why to stderr.
    int (*init)(const VmJitOptions *options);
    // Compile co, or queue it for the compile thread; the unit to store in co_jit (never
    // NULL: until its machine code is installed, and for good if it is left to the
    // interpreter, its entry answers VM_JIT_NOT_ENTERED). No exception.
    VmJitCode *(*compile)(PyCodeObject *co);
    // co's unit reached its hotter_at count: recompile it with the full pipeline (or try
    // again later, setting hotter_at). No exception.
    void (*hotter)(PyCodeObject *co);
    // Free a unit whose code object is being destroyed.
    void (*release)(VmJitCode *unit);
    // Print the statistics if asked, free everything.
    void (*fini)(void);
} VmJitApi;

// Non-zero once --jit is on: the interpreter's hooks test only this.
extern int vm_jit_active;

// Parse one command-line option of the tier into the pending options: 1 if it was one,
// 0 if not, -1 if it was one with a bad value.
int vm_jit_parse_option(const char *arg);

// Parse the NAME of a `-X NAME` option of the tier (perf, jit-gdb): 1 if it was one, else 0.
int vm_jit_parse_xoption(const char *name);

// Whether the JIT module can be loaded (--jit-available): 1, or 0 after saying why on stderr.
int vm_jit_available(void);

// Turn the tier on if --jit was given (the module is loaded when code first gets hot; if it
// cannot be, the error is printed and the program goes on in the interpreter). 0, or -1
// after printing why to stderr (a bad KRAIT_JIT_THRESHOLD).
int vm_jit_start(void);

// The interpreter reached a tier-up point of frame (its start, after RESUME, or a loop
// header, after a back-edge) whose next instruction is `index`: count, compile when hot,
// and run native code if there is some for this point. Returns a VM_JIT_* status.
int vm_jit_enter(Frame *frame, int index);

// Stop the tier: statistics, then free compiled code (vm_fini's caller, at exit).
void vm_jit_stop(void);

#endif
