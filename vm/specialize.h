// specialize.h: the specializing interpreter's side of the inline caches (PEP 659, as CPython
// 3.11): the adaptive counter in the first cache entry of a family instruction, the cache
// layouts, the decisions that rewrite an instruction into a specialized form (specialize.c),
// the misses that rewrite it back, and the statistics behind `-X stats`. The specialized
// forms are listed in opcodes.def; their bodies are in eval.c. What the JIT may read about
// the caches is profile.h.
#ifndef KRAIT_VM_SPECIALIZE_H
#define KRAIT_VM_SPECIALIZE_H

#include <stdio.h>
#include "runtime/runtime.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict_internal.h"
#include "runtime/objects/func.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/tuple.h"
#include "vm/call.h"
#include "vm/frame.h"
#include "vm/opcode.h"

// ---- the counter in cache entry 0 ----------------------------------------------------------
// A family instruction counts its executions in bits 4-15 and keeps a backoff exponent b in
// bits 0-3; it asks for a specialization after VM_SPEC_WARMUP << b executions (8 at first, as
// CPython 3.11). A specialized form keeps b and counts down a budget of misses in bits 4-15;
// when the budget is spent it turns back into the family instruction with b + 1, so a site
// whose operands keep changing is re-specialized exponentially less often. The compiler
// writes 0: a fresh site.
#define VM_SPEC_WARMUP 8
#define VM_SPEC_MISS_BUDGET 53
#define VM_SPEC_MAX_BACKOFF 8

// Count one execution of a family instruction whose counter is *c: true when it is time to
// try a specialization.
static inline int
vm_spec_tick(PyCodeUnit *c)
{
    unsigned v = (unsigned)*c + 16u;
    *c = (PyCodeUnit)v;
    return (v >> 4) >= ((unsigned)VM_SPEC_WARMUP << (v & 15u));
}

// ---- cache entries -------------------------------------------------------------------------
// Layouts (entry 0 is always the counter):
//   LOAD_ATTR, STORE_ATTR  [1..2] type version (module: dict keys version)  [3] entry / offset
//                          / number of the class attribute or property in vm_spec_objects
//   LOAD_GLOBAL            [1] entry  [2..3] globals keys version  [4] builtins keys version
//   LOAD_METHOD            [1..2] type version  [4..5] shared keys version  [6..9] descriptor
//                          (module: [3] entry  [4..5] its dict's keys version)
//   CALL                   [1..2] function version  [3] positional parameters
//   COMPARE_OP             [1] when the following POP_JUMP jumps (VM_SPEC_JUMP_*)

static inline uint32_t
vm_cache_read32(const PyCodeUnit *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 16);
}

static inline void
vm_cache_write32(PyCodeUnit *p, uint32_t v)
{
    p[0] = (PyCodeUnit)v;
    p[1] = (PyCodeUnit)(v >> 16);
}

static inline void *
vm_cache_read_ptr(const PyCodeUnit *p)
{
    uint64_t v = (uint64_t)p[0] | ((uint64_t)p[1] << 16) | ((uint64_t)p[2] << 32) |
                 ((uint64_t)p[3] << 48);
    return (void *)(uintptr_t)v;
}

static inline void
vm_cache_write_ptr(PyCodeUnit *p, const void *ptr)
{
    uint64_t v = (uint64_t)(uintptr_t)ptr;
    for (int i = 0; i < 4; i++)
        p[i] = (PyCodeUnit)(v >> (16 * i));
}

// COMPARE_OP_*_JUMP's cache entry 1: jump when the comparison is true (else when false), and
// whether the POP_JUMP that follows jumps backward.
#define VM_SPEC_JUMP_WHEN_TRUE 1
#define VM_SPEC_JUMP_BACKWARD 2

// The value a global or module-attribute cache points at: entry ix of d's table, whose keys
// version the caller has checked (borrowed, NULL if the entry was deleted).
static inline PyObject *
vm_spec_dict_entry_value(PyObject *d, Py_ssize_t ix)
{
    return dk_entries(((PyDictObject *)d)->ma_keys)[ix].value;
}

// The keys version of d's table without handing out a new one (0 if it has none).
static inline uint32_t
vm_spec_dict_keys_version(PyObject *d)
{
    return ((PyDictObject *)d)->ma_keys->dk_version;
}

// Number of keys in a shared keys table (how far a split dict may grow in place).
static inline Py_ssize_t
vm_spec_keys_nentries(RtDictKeys *k)
{
    return k->nentries;
}

// The result of a rich comparison op (Py_LT ... Py_GE) of two numbers whose order is sign
// (-1, 0, 1); ordered is 0 when a NaN made them unordered (then only != holds).
static inline int
vm_spec_compare(int op, int sign, int ordered)
{
    if (!ordered)
        return op == Py_NE;
    switch (op) {
    case Py_LT:
        return sign < 0;
    case Py_LE:
        return sign <= 0;
    case Py_EQ:
        return sign == 0;
    case Py_NE:
        return sign != 0;
    case Py_GT:
        return sign > 0;
    default:
        return sign >= 0;
    }
}

// Bind the n positional arguments at args (references taken over) to the parameters of f in
// callee's locals, the parameters from min_args on that are missing from f's defaults
// (CALL_PY_EXACT_ARGS / CALL_PY_WITH_DEFAULTS, whose cache vouches for the counts).
static inline void
vm_spec_fill_args(Frame *callee, PyFunctionObject *f, PyObject **args, int n, int min_args)
{
    for (int i = 0; i < n; i++)
        callee->localsplus[i] = args[i];
    int argcount = ((PyCodeObject *)f->func_code)->co_argcount;
    for (int i = n; i < argcount; i++)
        callee->localsplus[i] = Py_NewRef(PyTuple_GET_ITEM(f->func_defaults, i - min_args));
}

// The frame of a CALL_PY_EXACT_ARGS / CALL_PY_WITH_DEFAULTS call of f with the n positional
// arguments at args (taken over on success, untouched on failure), as the interpreter and the
// JIT's direct calls push it: not yet linked to its caller, or NULL with MemoryError.
static inline Frame *
vm_spec_push_call(VmThreadState *vs, PyFunctionObject *f, PyObject **args, int n, int min_args)
{
    Frame *callee = vm_frame_push(vs, (PyObject *)f, (PyCodeObject *)f->func_code, f->func_globals,
                                  vm_function_builtins(f), NULL);
    if (callee != NULL)
        vm_spec_fill_args(callee, f, args, n, min_args);
    return callee;
}

// ---- decisions (specialize.c) ----------------------------------------------------------------
// Each looks at the operands of the family instruction at instr (its caches follow it) and
// either writes a specialized opcode and its caches, or backs the counter off. They never
// fail and never run Python code.

void vm_specialize_load_attr(PyObject *owner, PyCodeUnit *instr, PyObject *name);
void vm_specialize_store_attr(PyObject *owner, PyCodeUnit *instr, PyObject *name);
void vm_specialize_load_method(PyObject *owner, PyCodeUnit *instr, PyObject *name);
void vm_specialize_load_global(PyObject *globals, PyObject *builtins, PyCodeUnit *instr,
                               PyObject *name);
void vm_specialize_binary_op(PyObject *lhs, PyObject *rhs, PyCodeUnit *instr, int oparg);
void vm_specialize_compare_op(PyObject *lhs, PyObject *rhs, PyCodeUnit *instr, int oparg);
void vm_specialize_binary_subscr(PyObject *container, PyObject *sub, PyCodeUnit *instr);
void vm_specialize_store_subscr(PyObject *container, PyObject *sub, PyCodeUnit *instr);
void vm_specialize_unpack_sequence(PyObject *seq, PyCodeUnit *instr, int oparg);
// first and second: the two slots below PRECALL's oparg arguments ([NULL, callable] or
// [method, self]).
void vm_specialize_precall(PyObject *first, PyObject *second, PyCodeUnit *instr, int oparg,
                           PyObject *kwnames);
// The method tables of the builtins len and isinstance once PRECALL has met them (NULL until
// then): what PRECALL_NO_KW_LEN / _ISINSTANCE check a callable against.
extern PyMethodDef *vm_spec_len_def, *vm_spec_isinstance_def;
// list.append's method descriptor (PRECALL_NO_KW_LIST_APPEND), once met.
extern PyObject *vm_spec_list_append;
// callable with nargs positional arguments and kwnames (NULL: none).
void vm_specialize_call(PyObject *callable, PyCodeUnit *instr, int nargs, PyObject *kwnames);

// The second chance of LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_SLOT / STORE_ATTR_SLOT when the
// owner's type is not the one cached (a polymorphic site: a class and its subclass): the
// address of name's value slot in owner when its own type stores name the way the cached
// form does (entry ix of its split dict / a member at `offset`), else NULL. Never fails.
PyObject **vm_spec_instance_value_slot(PyObject *owner, PyObject *name, Py_ssize_t ix);
PyObject **vm_spec_member_slot(PyObject *owner, PyObject *name, Py_ssize_t offset, int store);

// ---- statistics (-X stats) -------------------------------------------------------------------

typedef struct {
    uint64_t hits;      // executions of a specialized form whose guards held
    uint64_t misses;    // executions of a specialized form that fell back to the generic body
    uint64_t deopts;    // specialized forms rewritten back into the family
    uint64_t successes; // specializations made
    uint64_t failures;  // attempts that found nothing to specialize
} VmSpecStats;

// Per family, indexed by the family's opcode. Always counted (a few increments), printed by
// vm_spec_stats_print when -X stats is on.
extern VmSpecStats vm_spec_stats[256];

// Count a hit of a specialized form of family (eval.c).
#define VM_SPEC_HIT(family) (vm_spec_stats[OP_##family].hits++)

// Set by -X stats / --stats and by --dis-adaptive: print the statistics, or the adaptive
// disassembly of the code objects that specialized, at exit.
extern int vm_spec_stats_enabled;
extern int vm_spec_report_dis;

// Remember co (a strong reference) for the report when either is set.
void vm_spec_stats_note_code(PyCodeObject *co);

// At exit: the per-family table and the hottest code objects to stats_out (-X stats), the
// adaptive disassembly of the remembered code objects to dis_out (--dis-adaptive); then drop
// the code objects remembered. Does nothing when neither was asked for.
void vm_spec_report(FILE *stats_out, FILE *dis_out);

// FOR_ITER has no inline cache (its size is CPython 3.11's): the FOR_ITER_* form for the
// iterator it, written over instr on the spot, or 0 when there is none.
static inline int
vm_specialize_for_iter(PyObject *it, PyCodeUnit *instr)
{
    int op = Py_IS_TYPE(it, &rt_list_iterator_type)   ? OP_FOR_ITER_LIST
             : Py_IS_TYPE(it, &rt_tuple_iterator_type) ? OP_FOR_ITER_TUPLE
             : Py_IS_TYPE(it, &PyRangeIter_Type)       ? OP_FOR_ITER_RANGE
                                                       : 0;
    if (op) {
        *instr = (PyCodeUnit)((*instr & 0xFF00) | op);
        vm_spec_stats[OP_FOR_ITER].successes++;
    }
    return op;
}

// A FOR_ITER_* form at instr met another iterator type: back to FOR_ITER.
static inline void
vm_specialize_for_iter_miss(PyCodeUnit *instr)
{
    *instr = (PyCodeUnit)((*instr & 0xFF00) | OP_FOR_ITER);
    vm_spec_stats[OP_FOR_ITER].misses++;
    vm_spec_stats[OP_FOR_ITER].deopts++;
}

// Objects the LOAD_ATTR caches name by number (they have no room for a pointer): borrowed from
// the dict of the class whose version tag the same cache guards, so valid while it holds.
extern PyObject *vm_spec_objects[];

// True if f is a Python function of exactly n positional parameters and nothing else (no
// *args, **kwargs, keyword-only parameters; not a generator or coroutine), so its arguments
// can go straight into a new frame: LOAD_ATTR_PROPERTY's getters.
static inline int
vm_spec_is_simple_function(PyObject *f, int n)
{
    if (!PyFunction_Check(f))
        return 0;
    PyCodeObject *co = (PyCodeObject *)((PyFunctionObject *)f)->func_code;
    return co->co_argcount == n && co->co_kwonlyargcount == 0 &&
           (co->co_flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE |
                            CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE | CO_OPTIMIZED)) ==
               CO_OPTIMIZED &&
           ((PyFunctionObject *)f)->vectorcall == vm_function_vectorcall;
}

// A specialized form at instr found its guard false: count the miss and, when its budget is
// spent, rewrite it back into its family with a longer backoff. The caller then runs the
// family's generic body.
void vm_specialize_miss(PyCodeUnit *instr);

#endif
