// policy.c: the module's entry table (vm/jit_loader.h): what gets compiled, what is left to
// the interpreter and why, the list of live units, and the statistics of --jit-stats. The
// interpreter decides *when* (its counters and threshold, jit_loader.c); this file decides
// *whether* and drives translate.c and llvm.c: translation runs on the interpreter's thread,
// under the GIL, since it reads the code object and its type feedback; optimization and
// linking run on the compile thread (background.c) unless --jit-sync.
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "jit/jit.h"

VmJitOptions jit_options;

// Updated by the interpreter's thread and the compile thread alike, under stats_lock.
static struct {
    long compiled;
    double compile_seconds;   // translation, optimization and linking
    double translate_seconds; // the part on the interpreter's thread
    size_t code_bytes;
    long left[JIT_LEFT_COUNT];
    long queued, cancelled; // background compilations
    long recompiled;        // second tiers linked
} stats;
static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;

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

static VmJitCode interpreted = {not_entered, LONG_MAX};

// A unit's second tier (default<O2>) is due once its code object has been called or looped
// this many more times, scaled by the threshold: a function that stays hot after its first
// compilation is worth the longer one.
#define SECOND_TIER_FACTOR 10
#define SECOND_TIER_MIN 1000

// ... and, for units larger than this many code units, proportionally more: default<O2>'s
// cost grows with the unit's size, while what it saves grows with how often the code runs
// (json_like's 100-450-unit functions spent 60% of its compile time on second tiers).
#define SECOND_TIER_SIZE_UNIT 48

// How much hotter than now co must get before its second tier is due.
static long
second_tier_wait(int code_units)
{
    long wait = jit_options.threshold * SECOND_TIER_FACTOR;
    if (wait < SECOND_TIER_MIN)
        wait = SECOND_TIER_MIN;
    return code_units > SECOND_TIER_SIZE_UNIT ? wait * code_units / SECOND_TIER_SIZE_UNIT : wait;
}

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// Format a unit's names: the IR function's, qualname@file:line made unique by a serial
// number, and the perf map's, py::qualname:file:line. 0, or -1 (out of memory).
static int
name_unit(JitUnit *unit, PyCodeObject *co)
{
    static unsigned long serial;
    const char *qualname = PyUnicode_AsUTF8(co->co_qualname);
    const char *file = PyUnicode_AsUTF8(co->co_filename);
    if (qualname == NULL || file == NULL) {
        PyErr_Clear();
        qualname = qualname ? qualname : "?", file = file ? file : "?";
    }
    size_t size = strlen(qualname) + strlen(file) + 48;
    free(unit->name);
    free(unit->perf_name);
    unit->name = malloc(size);
    unit->perf_name = malloc(size);
    if (unit->name == NULL || unit->perf_name == NULL)
        return -1;
    snprintf(unit->name, size, "%s@%s:%d#%lu", qualname, file, co->co_firstlineno, ++serial);
    snprintf(unit->perf_name, size, "py::%s:%s:%d", qualname, file, co->co_firstlineno);
    return 0;
}

static void
count_left(JitLeftReason reason)
{
    pthread_mutex_lock(&stats_lock);
    stats.left[reason]++;
    pthread_mutex_unlock(&stats_lock);
}

static VmJitCode *
leave(JitLeftReason reason)
{
    count_left(reason);
    return &interpreted;
}

void
jit_unit_free(JitUnit *unit)
{
    if (unit->mod != NULL)
        LLVMDisposeModule(unit->mod);
    if (unit->tsc != NULL)
        LLVMOrcDisposeThreadSafeContext(unit->tsc);
    jit_llvm_remove(unit);
    free(unit->name);
    free(unit->perf_name);
    free(unit);
}

void
jit_unit_link(JitUnit *unit)
{
    double start = now();
    LLVMOrcThreadSafeContextRef tsc = unit->tsc;
    LLVMModuleRef mod = unit->mod;
    unit->tsc = NULL, unit->mod = NULL; // jit_llvm_add takes them over
    VmJitEntry entry;
    if (jit_llvm_add(unit, tsc, mod, &entry) < 0) {
        count_left(JIT_LEFT_LLVM);
        return;
    }
    pthread_mutex_lock(&stats_lock);
    if (unit->tier == 1)
        stats.compiled++;
    else
        stats.recompiled++;
    stats.compile_seconds += now() - start;
    stats.code_bytes += unit->code_bytes;
    pthread_mutex_unlock(&stats_lock);
    if (jit_options.perf_map)
        jit_perf_add((uintptr_t)entry, unit->code_bytes, unit->perf_name);
    // Release: the machine code is complete before any thread can see its address.
    __atomic_store_n(&unit->code.entry, entry, __ATOMIC_RELEASE);
}

static int
init(const VmJitOptions *options)
{
    jit_options = *options;
    if (jit_llvm_init() < 0)
        return -1;
    if (jit_options.perf_map && jit_perf_open() < 0)
        jit_options.perf_map = 0;
    return jit_options.sync ? 0 : jit_background_start();
}

// The calls + back-edges of co so far.
static long
hotness(PyCodeObject *co)
{
    return (long)co->co_calls + (long)co->co_backedges;
}

// Translate unit->co for its next tier (under the GIL) into unit->tsc and unit->mod, under
// fresh names (ORC's names must be unique): 0, or -1 (reason in *left).
static int
translate(JitUnit *unit, JitLeftReason *left)
{
    double start = now();
    *left = JIT_LEFT_LLVM;
    if (name_unit(unit, unit->co) < 0)
        return -1;
    unit->tier++;
    unit->code_units = (int)Py_SIZE(unit->co);
    unit->tsc = jit_llvm_new_context();
    unit->mod = jit_translate(unit, LLVMOrcThreadSafeContextGetContext(unit->tsc), left);
    if (unit->mod == NULL) {
        LLVMOrcDisposeThreadSafeContext(unit->tsc);
        unit->tsc = NULL;
        return -1;
    }
    double seconds = now() - start;
    pthread_mutex_lock(&stats_lock);
    stats.translate_seconds += seconds;
    stats.compile_seconds += seconds;
    stats.queued += !jit_options.sync;
    pthread_mutex_unlock(&stats_lock);
    return 0;
}

// --jit-sync links on the thread that asked, one unit at a time.
static pthread_mutex_t sync_link_lock = PTHREAD_MUTEX_INITIALIZER;

// Send a translated unit to be optimized and linked: now, or on the compile thread. Linking
// touches no Python object, so with --jit-sync too it runs without the GIL and other threads
// go on meanwhile (as with the compile thread, the unit's entry answers "not entered" until
// it is installed). The link lock is never held while waiting for the GIL.
static void
link_or_queue(JitUnit *unit)
{
    if (!jit_options.sync) {
        jit_background_submit(unit);
        return;
    }
    unit->linking = 1;
    Py_BEGIN_ALLOW_THREADS
    pthread_mutex_lock(&sync_link_lock);
    jit_unit_link(unit);
    pthread_mutex_unlock(&sync_link_lock);
    Py_END_ALLOW_THREADS
    unit->linking = 0;
}

static VmJitCode *
compile(PyCodeObject *co)
{
    if (co->co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
        return leave(JIT_LEFT_GENERATOR);
    if (Py_SIZE(co) > MAX_CODE_UNITS)
        return leave(JIT_LEFT_TOO_LARGE);
    JitLeftReason reason;
    JitUnit *unit = calloc(1, sizeof *unit);
    if (unit == NULL)
        return leave(JIT_LEFT_LLVM);
    unit->co = co;
    if (translate(unit, &reason) < 0) {
        jit_unit_free(unit);
        return leave(reason);
    }
    unit->code.entry = not_entered;
    unit->code.hotter_at = jit_llvm_tiered(unit->code_units)
                               ? hotness(co) + second_tier_wait(unit->code_units)
                               : LONG_MAX;
    unit->next = units;
    if (units != NULL)
        units->prev = unit;
    units = unit;
    co->co_jit = &unit->code; // before linking, which may let other threads run this code
    link_or_queue(unit);
    return &unit->code;
}

static void
hotter(PyCodeObject *co)
{
    JitUnit *unit = co->co_jit;
    if (jit_options.sync ? unit->linking : jit_background_busy(unit)) {
        unit->code.hotter_at = hotness(co) + 100; // the first tier is not linked yet
        return;
    }
    unit->code.hotter_at = LONG_MAX;
    JitLeftReason reason;
    if (translate(unit, &reason) == 0)
        link_or_queue(unit); // the first tier runs until the second is installed
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
    if (jit_options.sync)
        jit_unit_free(unit);
    else
        jit_background_release(unit);
}

static void
print_stats(void)
{
    fprintf(stderr, "jit: functions compiled: %ld\n", stats.compiled);
    fprintf(stderr, "jit: compile time: %.1f ms (%.1f ms on the interpreter's thread)\n",
            stats.compile_seconds * 1e3,
            (jit_options.sync ? stats.compile_seconds : stats.translate_seconds) * 1e3);
    fprintf(stderr, "jit: recompiled with default<O2> when hotter: %ld\n", stats.recompiled);
    if (!jit_options.sync)
        fprintf(stderr, "jit: compiled in the background: %ld queued, %ld cancelled at exit\n",
                stats.queued, stats.cancelled);
    fprintf(stderr, "jit: native code bytes: %zu\n", stats.code_bytes);
    for (int r = 0; r < JIT_LEFT_COUNT; r++)
        fprintf(stderr, "jit: left to the interpreter (%s): %ld\n", left_reason_names[r],
                stats.left[r]);
    jit_print_exits();
}

static void
fini(void)
{
    // A daemon thread may be linking without the GIL: let it finish first. The lock stays
    // taken, so one about to link parks there, as daemon threads park at exit anyway.
    if (jit_options.sync)
        pthread_mutex_lock(&sync_link_lock);
    else
        stats.cancelled = jit_background_stop();
    if (jit_options.stats)
        print_stats();
    jit_deopt_fini();
    while (units != NULL) {
        JitUnit *next = units->next;
        jit_unit_free(units);
        units = next;
    }
    if (jit_options.perf_map)
        jit_perf_close();
    jit_llvm_fini();
}

static const VmJitApi api = {VM_JIT_API_VERSION, init, compile, hotter, release, fini};

// The module's one exported symbol (VM_JIT_API_SYMBOL).
__attribute__((visibility("default"))) const VmJitApi *
krait_jit_api(void)
{
    return &api;
}
