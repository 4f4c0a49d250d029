// gc.h: the header that container objects carry for the cycle collector, the calls that
// allocate, track and untrack them, the collector's interface (gc.c; the gc module is its
// Python face), and the trashcan that keeps their deallocation from nesting too deep
// (trashcan.c).
#ifndef KRAIT_RUNTIME_GC_H
#define KRAIT_RUNTIME_GC_H

#include <stdint.h>
#include "runtime/object.h"
#include "runtime/objects/tuple.h"

// Sits just before the PyObject of every instance of a Py_TPFLAGS_HAVE_GC type. gc_next
// links the generation list (0: untracked); gc_prev links back, with flags in its low bits
// (gc.c), and holds a reference count while a collection runs.
typedef struct PyGC_Head {
    uintptr_t gc_next;
    uintptr_t gc_prev;
} PyGC_Head;

static inline PyGC_Head *
rt_gc_head(PyObject *o)
{
    return (PyGC_Head *)o - 1;
}

static inline PyObject *
rt_gc_object(PyGC_Head *g)
{
    return (PyObject *)(g + 1);
}

// True if instances of o's type carry a GC header (and o itself, if tp_is_gc says so).
static inline int
PyObject_IS_GC(PyObject *o)
{
    PyTypeObject *t = Py_TYPE(o);
    return PyType_HasFeature(t, Py_TPFLAGS_HAVE_GC) && (t->tp_is_gc == NULL || t->tp_is_gc(o));
}

// Allocate an untracked GC object of type t (tp_basicsize bytes, header zeroed, refcount 1).
// Returns a new reference, or NULL with MemoryError set.
PyObject *rt_gc_new(PyTypeObject *t);

// Like rt_gc_new for a variable-size type: room for n items of tp_itemsize, ob_size = n.
PyObject *rt_gc_new_var(PyTypeObject *t, Py_ssize_t n);

// Resize a variable-size GC object to n items (it must be untracked); NULL with
// MemoryError set on failure, in which case o is left unchanged.
PyObject *rt_gc_resize(PyObject *o, Py_ssize_t n);

#define PyObject_GC_New(T, t) ((T *)rt_gc_new(t))
#define PyObject_GC_NewVar(T, t, n) ((T *)rt_gc_new_var((t), (n)))

// Free the memory of a GC object (it must be untracked): tp_free of GC types.
void PyObject_GC_Del(void *o);

// Start tracking o (link it into the youngest generation). o must be fully initialized
// and not tracked yet.
void PyObject_GC_Track(void *o);

// Stop tracking o if it is tracked; safe to call twice.
void PyObject_GC_UnTrack(void *o);

// True if o is tracked by the collector.
int PyObject_GC_IsTracked(PyObject *o);

// Whether o may take part in a reference cycle, so that a dict or tuple holding it must be
// tracked (CPython's _PyObject_GC_MAY_BE_TRACKED). A tuple starts tracked and the collector
// untracks it once it holds only atomic objects, so an untracked tuple counts as atomic.
static inline int
rt_gc_may_be_tracked(PyObject *o)
{
    return PyObject_IS_GC(o) && (!PyTuple_CheckExact(o) || PyObject_GC_IsTracked(o));
}

// True once o's tp_finalize has run (it never runs twice, PEP 442).
int PyObject_GC_IsFinalized(PyObject *o);

// Run o's tp_finalize unless it has run already (CPython's contract).
void PyObject_CallFinalizer(PyObject *o);

// From a deallocator (o's refcount is 0, o untracked): run the finalizer with o alive and
// tracked meanwhile. 0 when o may be freed now, -1 when the finalizer resurrected it (the
// deallocator must stop; o stays tracked).
int PyObject_CallFinalizerFromDealloc(PyObject *o);

// Number of tracked objects, in every generation (walks the lists: for tests).
Py_ssize_t rt_gc_tracked_count(void);

// ---- the collector (gc.c) -------------------------------------------------------------------

#define RT_GC_GENERATIONS 3

typedef struct {
    Py_ssize_t collections; // how many times the generation was collected
    Py_ssize_t collected;   // unreachable objects found in those collections
} RtGcStats;

// Called around every collection (the gc module runs gc.callbacks from them).
typedef struct {
    void (*start)(int generation);
    void (*stop)(int generation, Py_ssize_t collected);
} RtGcHooks;

// Set up the generations with CPython's thresholds (700, 10, 10), collection enabled.
// Called first by rt_runtime_init.
void rt_gc_init(void);

// At exit, after the last collection: untrack every object still tracked, so that a leak
// checker sees only real references. Collection stays off afterwards.
void rt_gc_fini(void);

// Stress mode (-X gc-stress or KRAIT_GC_STRESS=1): every threshold acts as 1, so the young
// generation is collected at nearly every container allocation. gc.get_threshold() is
// unaffected.
void rt_gc_set_stress(int on);

// Collect generation gen (0..2) and the younger ones now: the number of unreachable objects
// found (0 if a collection is already running).
Py_ssize_t rt_gc_collect(int gen);

// Automatic collection on (1) or off (0), or unchanged (-1): returns the previous setting.
int rt_gc_enable(int enable);

// gc.get_count() and gc.get_threshold() / gc.set_threshold() per generation.
void rt_gc_get_counts(int counts[RT_GC_GENERATIONS]);
void rt_gc_get_thresholds(int thresholds[RT_GC_GENERATIONS]);
void rt_gc_set_threshold(int gen, int threshold);

void rt_gc_get_stats(RtGcStats stats[RT_GC_GENERATIONS]);
void rt_gc_set_hooks(const RtGcHooks *hooks);

// gc.DEBUG_SAVEALL: while garbage is a list, the collector appends what it finds unreachable
// to it instead of freeing it; NULL frees again. The caller keeps the list alive.
void rt_gc_set_save_garbage(PyObject *garbage);

// Call visit(o, arg) for every tracked object of generation gen (-1: all); stops at the
// first nonzero result and returns it. visit must not track or untrack objects.
int rt_gc_visit_objects(int gen, int (*visit)(PyObject *op, void *arg), void *arg);

// gc.freeze(): move every tracked object to a permanent generation the collector ignores;
// gc.unfreeze() gives them back to the oldest generation.
void rt_gc_freeze(void);
void rt_gc_unfreeze(void);
Py_ssize_t rt_gc_freeze_count(void);

// ---- the trashcan (trashcan.c) --------------------------------------------------------------
// Freeing a deeply nested structure would nest deallocators as deep as the structure and
// overflow the C stack. A container's tp_dealloc therefore brackets its body (after
// PyObject_GC_UnTrack) with rt_trashcan_begin/rt_trashcan_end: beyond RT_TRASHCAN_LIMIT
// nested deallocators, the object is put aside and freed once the outermost one returns.
//
//     PyObject_GC_UnTrack(o);
//     RtTrashcan tc = rt_trashcan_begin(o, list_dealloc);
//     if (tc == RT_TRASHCAN_DEFERRED)
//         return;
//     ... release the children, free o ...
//     rt_trashcan_end(tc);

enum { RT_TRASHCAN_LIMIT = 50 }; // CPython's _PyTrash_UNWIND_LEVEL

// What rt_trashcan_begin decided, to hand to rt_trashcan_end.
typedef enum {
    RT_TRASHCAN_SKIPPED,  // o's type has another deallocator (a subclass): no bookkeeping
    RT_TRASHCAN_ENTERED,  // run the body, then call rt_trashcan_end
    RT_TRASHCAN_DEFERRED, // o was put aside: return at once without touching it
} RtTrashcan;

// Begin the body of deallocator `dealloc` for o (refcount 0, a GC object, untracked): too
// deep, o is put aside and its type's tp_dealloc is called on it again later.
RtTrashcan rt_trashcan_begin(PyObject *o, destructor dealloc);

// End what rt_trashcan_begin began (o may already be freed): when the outermost
// deallocator ends, the objects put aside are freed, iteratively.
void rt_trashcan_end(RtTrashcan tc);

// CPython's macro form of the same, for C extensions: the body goes between them.
// clang-format off
#define Py_TRASHCAN_BEGIN(op, dealloc)                                                             \
    do {                                                                                           \
        RtTrashcan rt_trashcan_ = rt_trashcan_begin((PyObject *)(op), (destructor)(dealloc));      \
        if (rt_trashcan_ == RT_TRASHCAN_DEFERRED)                                                  \
            break;
#define Py_TRASHCAN_END                                                                            \
        rt_trashcan_end(rt_trashcan_);                                                             \
    } while (0);
// clang-format on

#endif
