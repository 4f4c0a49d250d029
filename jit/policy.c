// policy.c: the module's entry table (vm/jit_loader.h): what gets compiled, what is left to
// the interpreter and why, the list of live units, and the statistics of --jit-stats. The
// interpreter decides *when* (its counters and threshold, jit_loader.c); this file decides
// *whether* and drives translate.c and llvm.c.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "jit/jit.h"

VmJitOptions jit_options;

static struct {
    long compiled;
    double compile_seconds;
    size_t code_bytes;
    long left[JIT_LEFT_COUNT];
} stats;

// Code objects larger than this stay in the interpreter: LLVM's optimization and code
// generation grow faster than linearly with function size (a 6,600-unit function took 20 s
// at default<O2>), and such functions are rarely hot loops themselves.
#define MAX_CODE_UNITS 2000

static const char *const left_reason_names[JIT_LEFT_COUNT] = {
    [JIT_LEFT_GENERATOR] = "generator or coroutine",
    [JIT_LEFT_TOO_LARGE] = "too large",
    [JIT_LEFT_SHAPE] = "inconsistent stack depths",
    [JIT_LEFT_LLVM] = "LLVM error",
};

static JitUnit *units; // every live unit

// The entry of code left to the interpreter: native code never runs for it.
static int
not_entered(Frame *frame, int index)
{
    return VM_JIT_NOT_ENTERED;
}

static VmJitCode interpreted = {not_entered};

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// The IR function's name: qualname@file:line, made unique by a serial number.
static char *
unit_name(PyCodeObject *co)
{
    static unsigned long serial;
    const char *qualname = PyUnicode_AsUTF8(co->co_qualname);
    const char *file = PyUnicode_AsUTF8(co->co_filename);
    if (qualname == NULL || file == NULL) {
        PyErr_Clear();
        qualname = qualname ? qualname : "?", file = file ? file : "?";
    }
    size_t size = strlen(qualname) + strlen(file) + 48;
    char *name = malloc(size);
    if (name != NULL)
        snprintf(name, size, "%s@%s:%d#%lu", qualname, file, co->co_firstlineno, ++serial);
    return name;
}

static VmJitCode *
leave(JitLeftReason reason)
{
    stats.left[reason]++;
    return &interpreted;
}

static void
free_unit(JitUnit *unit)
{
    jit_llvm_remove(unit);
    free(unit->name);
    free(unit);
}

static int
init(const VmJitOptions *options)
{
    jit_options = *options;
    return jit_llvm_init();
}

static VmJitCode *
compile(PyCodeObject *co)
{
    if (co->co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
        return leave(JIT_LEFT_GENERATOR);
    if (Py_SIZE(co) > MAX_CODE_UNITS)
        return leave(JIT_LEFT_TOO_LARGE);
    double start = now();
    JitUnit *unit = calloc(1, sizeof *unit);
    if (unit == NULL || (unit->name = unit_name(co)) == NULL) {
        free(unit);
        return leave(JIT_LEFT_LLVM);
    }
    unit->co = co;
    JitLeftReason reason;
    LLVMOrcThreadSafeContextRef tsc = jit_llvm_new_context();
    LLVMModuleRef mod = jit_translate(unit, LLVMOrcThreadSafeContextGetContext(tsc), &reason);
    if (mod == NULL) {
        LLVMOrcDisposeThreadSafeContext(tsc);
        free_unit(unit);
        return leave(reason);
    }
    if (jit_llvm_add(unit, tsc, mod) < 0) {
        free_unit(unit);
        return leave(JIT_LEFT_LLVM);
    }
    stats.compiled++;
    stats.compile_seconds += now() - start;
    stats.code_bytes += unit->code_bytes;
    unit->next = units;
    if (units != NULL)
        units->prev = unit;
    units = unit;
    return &unit->code;
}

static void
release(VmJitCode *code)
{
    if (code == &interpreted)
        return;
    JitUnit *unit = (JitUnit *)code;
    if (unit->prev != NULL)
        unit->prev->next = unit->next;
    else
        units = unit->next;
    if (unit->next != NULL)
        unit->next->prev = unit->prev;
    free_unit(unit);
}

static void
print_stats(void)
{
    fprintf(stderr, "jit: functions compiled: %ld\n", stats.compiled);
    fprintf(stderr, "jit: compile time: %.1f ms\n", stats.compile_seconds * 1e3);
    fprintf(stderr, "jit: native code bytes: %zu\n", stats.code_bytes);
    for (int r = 0; r < JIT_LEFT_COUNT; r++)
        fprintf(stderr, "jit: left to the interpreter (%s): %ld\n", left_reason_names[r],
                stats.left[r]);
    jit_print_exits();
}

static void
fini(void)
{
    if (jit_options.stats)
        print_stats();
    while (units != NULL) {
        JitUnit *next = units->next;
        free_unit(units);
        units = next;
    }
    jit_llvm_fini();
}

static const VmJitApi api = {VM_JIT_API_VERSION, init, compile, release, fini};

// The module's one exported symbol (VM_JIT_API_SYMBOL).
__attribute__((visibility("default"))) const VmJitApi *
krait_jit_api(void)
{
    return &api;
}
