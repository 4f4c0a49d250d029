// jit.h: the JIT tier's private interface (everything under jit/; the interpreter sees only
// vm/jit_loader.h). policy.c decides what to compile and keeps the statistics, translate.c
// and translate_num.c turn bytecode into LLVM IR, llvm.c optimizes and links it with ORC,
// helpers*.c hold the C functions native code calls, deopt.c counts exits and failed
// guards, dump.c prints IR and machine code, background.c runs the compile thread, perf.c
// writes the perf map.
#ifndef KRAIT_JIT_JIT_H
#define KRAIT_JIT_JIT_H

#include <stdint.h>
#include <llvm-c/Core.h>
#include <llvm-c/Orc.h>
#include <llvm-c/TargetMachine.h>
#include "runtime/runtime.h"
#include "vm/jit_loader.h"

// Where a unit is on its way to native code (background.c; guarded by its lock).
typedef enum {
    JIT_UNIT_QUEUED,    // translated, waiting for the compile thread
    JIT_UNIT_COMPILING, // the compile thread is optimizing and linking it
    JIT_UNIT_DONE,      // linked (entry installed) or failed: nothing more to do
} JitUnitState;

// One compiled code object: its native function and the ORC resources behind it. Until its
// machine code is installed, code.entry answers VM_JIT_NOT_ENTERED, so the interpreter keeps
// running the code object; installation is one atomic store of code.entry.
typedef struct JitUnit {
    VmJitCode code;                    // first, so co_jit points at the entry
    PyCodeObject *co;                  // borrowed: the code object owns the unit
    char *name;                        // the IR function's name: qualname@file:line#n
    char *perf_name;                   // the perf map's name: py::qualname:file:line
    int code_units;                    // Py_SIZE(co) at translation: the compile thread's view
    LLVMOrcThreadSafeContextRef tsc;   // the translated module, until llvm.c takes it over
    LLVMModuleRef mod;
    LLVMOrcResourceTrackerRef tracker; // frees the unit's machine code
    LLVMOrcResourceTrackerRef tier1;   // the first tier's, kept while frames may run it
    int tier;                          // 1: the cheap pipeline, 2: default<O2> (llvm.c)
    size_t code_bytes;                 // machine code size
    JitUnitState state;                // background.c's, under its lock
    int released;                      // the code object died: free the unit, never install it
    int linking;                       // --jit-sync: being linked without the GIL (policy.c)
    struct JitUnit *prev, *next;       // every live unit, for fini
    struct JitUnit *queue_next;        // the compile thread's queue
} JitUnit;

// Why a code object is left to the interpreter.
typedef enum {
    JIT_LEFT_GENERATOR, // generators and coroutines stay in the interpreter for now
    JIT_LEFT_TOO_LARGE, // compiling it would cost more than it could save (policy.c)
    JIT_LEFT_SHAPE,     // the bytecode's stack depths do not agree (a compiler bug)
    JIT_LEFT_LLVM,      // LLVM failed to compile or link the unit
    JIT_LEFT_COUNT
} JitLeftReason;

// Guards of the native fast paths; a failed one runs the instruction's generic path.
typedef enum {
    JIT_GUARD_TYPES,        // operands are not both machine-word ints or both floats
    JIT_GUARD_INT_OVERFLOW, // the machine-word result overflowed (a big int follows)
    JIT_GUARD_ZERO_DIVISION, // an unboxed division by zero (the interpreter raises)
    JIT_GUARD_VERSION,       // a type or dict-keys version differs from the one specialized on
    JIT_GUARD_FUNCTION,      // a call's callable is not the function version specialized on
    JIT_GUARD_COUNT
} JitGuard;

// The helper table (helpers.def): ids, and what llvm.c and translate.c need of each.
typedef enum {
#define HELPER(name, fn, ...) JIT_H_##name,
#define OP_HELPER(name, fn) JIT_H_##name,
#include "jit/helpers.def"
#undef HELPER
    JIT_HELPER_COUNT
} JitHelperId;

// Value types in helper signatures.
enum { T_VOID, T_I32, T_I64, T_F64, T_PTR };

typedef struct JitHelperInfo {
    const char *symbol; // the C function's name, also the IR's
    void *address;
    int types[8]; // the result's type, then the parameters'
    int nparams;
} JitHelperInfo;

extern const JitHelperInfo jit_helpers[JIT_HELPER_COUNT];

// The options the interpreter started the tier with.
extern VmJitOptions jit_options;

// ---- policy.c ----

// Optimize and link a translated unit (unit->tsc and unit->mod), count it in the statistics,
// name it in the perf map and install its entry. Touches no Python object: the compile
// thread runs it without the GIL.
void jit_unit_link(JitUnit *unit);

// Free a unit: its pending module, its machine code, itself. Touches no Python object.
void jit_unit_free(JitUnit *unit);

// ---- background.c ----

// Start the compile thread: 0, or -1 (message printed).
int jit_background_start(void);

// Queue a translated unit for the compile thread (caller holds the GIL).
void jit_background_submit(JitUnit *unit);

// The unit's code object died (caller holds the GIL): the unit is freed on the compile
// thread once no compilation of it is under way, and never installed.
void jit_background_release(JitUnit *unit);

// Stop the compile thread after the unit it is compiling, if any, and free the released
// units still queued (fini frees the others). Returns how many compilations were cancelled.
long jit_background_stop(void);

// Whether the unit is queued or compiling (caller holds the GIL).
int jit_background_busy(JitUnit *unit);

// ---- perf.c ----

// Open /tmp/perf-<pid>.map for -X perf: 0, or -1 (message printed).
int jit_perf_open(void);

// Add a line naming the machine code at [start, start + size) (one thread at a time).
void jit_perf_add(uintptr_t start, size_t size, const char *name);

// Close the map file (it stays on disk for perf report).
void jit_perf_close(void);

// ---- translate.c ----

// Build the IR of unit->co as the function unit->name in a new module of ctx: the module,
// or NULL (reason in *left) when the code cannot be translated.
LLVMModuleRef jit_translate(JitUnit *unit, LLVMContextRef ctx, JitLeftReason *left);

// ---- llvm.c ----

// Start LLVM and the LLJIT instance with the helpers defined: 0, or -1 (message printed).
int jit_llvm_init(void);

// A fresh thread-safe context for one unit's module.
LLVMOrcThreadSafeContextRef jit_llvm_new_context(void);

// Optimize mod (dumping it if asked), link it under a new resource tracker, and set *entry
// to its function and unit->code_bytes. Takes over tsc and mod. 0, or -1 (nothing kept).
// Touches no Python object (the compile thread calls it).
int jit_llvm_add(JitUnit *unit, LLVMOrcThreadSafeContextRef tsc, LLVMModuleRef mod,
                 VmJitEntry *entry);

// Whether units up to this many code units get default<O2> on their second tier (larger
// ones keep the cheap pipeline).
int jit_llvm_tiered(int code_units);

// Free the machine code of unit (its tracker).
void jit_llvm_remove(JitUnit *unit);

// Shut LLVM down.
void jit_llvm_fini(void);

// ---- deopt.c ----

// Count one exit of a unit to the interpreter at instruction `index`.
void jit_note_exit(void *unit, int index);

// Count one failed guard (JitGuard) at instruction `index`.
void jit_note_guard(void *unit, int index, int guard);

// Deoptimize: count a failed speculation (JitGuard) of a unit at instruction `index`, by
// reason, opcode and site. After JIT_DEOPT_LIMIT failures at one site the site is remembered
// as unspeculable and the unit is retired (its code object recompiles on its next entry,
// without that speculation; the retired code is freed at exit, as frames may still run it).
void jit_deopt(void *unit, int index, int guard);

// Failures of one site's speculation before its code object recompiles without it.
#define JIT_DEOPT_LIMIT 20

// May the translation of co speculate at instruction `index` (no repeated deopts there)?
int jit_may_speculate(PyCodeObject *co, int index);

// Print the exits and failed guards counted, by opcode and reason (stderr).
void jit_print_exits(void);

// Forget every deopt site and retirement, releasing the code objects they name (the records
// hold them, so a code object allocated later at a dead one's address starts clean).
void jit_deopt_fini(void);

// ---- dump.c ----

// Print a module's IR under a title (stderr).
void jit_dump_module(const char *title, LLVMModuleRef mod);

// Print the machine code tm produces for mod (stderr).
void jit_dump_asm(LLVMTargetMachineRef tm, LLVMModuleRef mod);

#endif
