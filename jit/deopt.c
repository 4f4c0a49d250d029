// deopt.c: where native code leaves its fast path. Three kinds are counted for --jit-stats:
// exits, where native code hands the frame to the interpreter (raises, except*, generator
// instructions, calls the interpreter should make); failed guards, where a native fast path's
// type or overflow check fails and the instruction's generic path runs instead; and deopts,
// failed speculations, which resume the interpreter at the instruction (counted as failed
// guards too, and by site). Repeated deopts at one site retire the unit: the code object
// recompiles without speculating there.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "jit/jit.h"
#include "vm/opcode.h"

static long exits_by_opcode[256];
static long guards_failed[JIT_GUARD_COUNT][256]; // by reason, then by opcode

static const char *const guard_names[JIT_GUARD_COUNT] = {
    [JIT_GUARD_TYPES] = "operand types",
    [JIT_GUARD_INT_OVERFLOW] = "int overflow",
    [JIT_GUARD_ZERO_DIVISION] = "division by zero",
    [JIT_GUARD_VERSION] = "type or keys version",
    [JIT_GUARD_FUNCTION] = "function version",
};

static int
opcode_at(void *unit, int index)
{
    return vm_opcode_deopt(rt_code_unit_op(((JitUnit *)unit)->co->co_code[index]));
}

// One speculating instruction that failed: where, why, how often.
typedef struct {
    PyCodeObject *co; // a strong reference, so no later code object can take its address
    int index;
    int guard;
    long count;
    char *where; // "qualname (line N) OPNAME @index", for the statistics
} DeoptSite;

// A code object's recompilations because of deopts.
typedef struct {
    PyCodeObject *co; // a strong reference, as DeoptSite's
    int retired;
} Retired;

// More recompilations than this, and the code object compiles without any speculation.
#define MAX_RECOMPILES 3

static DeoptSite *sites;
static int nsites, sites_cap;
static Retired *retired;
static int nretired, retired_cap;
static long units_retired;

// Grow *array (of `size`-byte items) to hold one more: 0, or -1 out of memory.
static int
grow(void **array, int *cap, int count, size_t size)
{
    if (count < *cap)
        return 0;
    int new_cap = *cap ? *cap * 2 : 16;
    void *p = realloc(*array, size * (size_t)new_cap);
    if (p == NULL)
        return -1;
    *array = p;
    *cap = new_cap;
    return 0;
}

static char *
describe_site(PyCodeObject *co, int index)
{
    const char *qualname = PyUnicode_AsUTF8(co->co_qualname);
    if (qualname == NULL) {
        PyErr_Clear();
        qualname = "?";
    }
    int op = vm_opcode_deopt(rt_code_unit_op(co->co_code[index]));
    size_t size = strlen(qualname) + 64;
    char *s = malloc(size);
    if (s != NULL)
        snprintf(s, size, "%s (line %d) %s @%d", qualname, PyCode_Addr2Line(co, index * 2),
                 vm_opcode_name(op), index);
    return s;
}

// The site record of (co, index, guard), created on first use; NULL out of memory.
static DeoptSite *
find_site(PyCodeObject *co, int index, int guard)
{
    for (int i = 0; i < nsites; i++)
        if (sites[i].co == co && sites[i].index == index && sites[i].guard == guard)
            return &sites[i];
    if (grow((void **)&sites, &sites_cap, nsites, sizeof *sites) < 0)
        return NULL;
    sites[nsites] = (DeoptSite){(PyCodeObject *)Py_NewRef(co), index, guard, 0,
                                describe_site(co, index)};
    return &sites[nsites++];
}

static Retired *
find_retired(PyCodeObject *co, int create)
{
    for (int i = 0; i < nretired; i++)
        if (retired[i].co == co)
            return &retired[i];
    if (!create || grow((void **)&retired, &retired_cap, nretired, sizeof *retired) < 0)
        return NULL;
    retired[nretired] = (Retired){(PyCodeObject *)Py_NewRef(co), 0};
    return &retired[nretired++];
}

void
jit_deopt(void *unit_, int index, int guard)
{
    JitUnit *unit = unit_;
    PyCodeObject *co = unit->co;
    guards_failed[guard][opcode_at(unit, index)]++;
    DeoptSite *site = find_site(co, index, guard);
    if (site == NULL || ++site->count != JIT_DEOPT_LIMIT || co->co_jit != &unit->code)
        return;
    // Retire the unit: frames may still run it (this one, on return), so it stays linked for
    // fini to free; the interpreter compiles the code object again on its next entry.
    Retired *r = find_retired(co, 1);
    if (r != NULL)
        r->retired++;
    co->co_jit = NULL;
    units_retired++;
}

int
jit_may_speculate(PyCodeObject *co, int index)
{
    Retired *r = find_retired(co, 0);
    if (index < 0)
        return r == NULL || r->retired < MAX_RECOMPILES;
    for (int i = 0; i < nsites; i++)
        if (sites[i].co == co && sites[i].index == index && sites[i].count >= JIT_DEOPT_LIMIT)
            return 0;
    return 1;
}

void
jit_note_exit(void *unit, int index)
{
    exits_by_opcode[opcode_at(unit, index)]++;
}

void
jit_note_guard(void *unit, int index, int guard)
{
    guards_failed[guard][opcode_at(unit, index)]++;
}

void
jit_print_exits(void)
{
    long total = 0;
    for (int op = 0; op < 256; op++)
        total += exits_by_opcode[op];
    fprintf(stderr, "jit: exits to the interpreter: %ld\n", total);
    for (int op = 0; op < 256; op++)
        if (exits_by_opcode[op] > 0)
            fprintf(stderr, "jit:   at %s: %ld\n", vm_opcode_name(op), exits_by_opcode[op]);
    for (int g = 0; g < JIT_GUARD_COUNT; g++)
        for (int op = 0; op < 256; op++)
            if (guards_failed[g][op] > 0)
                fprintf(stderr, "jit: failed guards (%s) at %s: %ld\n", guard_names[g],
                        vm_opcode_name(op), guards_failed[g][op]);
    for (int i = 0; i < nsites; i++)
        fprintf(stderr, "jit: deopts (%s) at %s: %ld\n", guard_names[sites[i].guard],
                sites[i].where ? sites[i].where : "?", sites[i].count);
    fprintf(stderr, "jit: units retired after repeated deopts: %ld\n", units_retired);
}

void
jit_deopt_fini(void)
{
    for (int i = 0; i < nsites; i++) {
        Py_DECREF(sites[i].co);
        free(sites[i].where);
    }
    for (int i = 0; i < nretired; i++)
        Py_DECREF(retired[i].co);
    free(sites);
    free(retired);
    sites = NULL;
    retired = NULL;
    nsites = sites_cap = nretired = retired_cap = 0;
}
