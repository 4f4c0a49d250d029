// gc.c: container objects with their GC header, the three generations they live in, and the
// cycle collector, CPython 3.11's algorithm rebuilt:
//
//   1. Merge the younger generations into the one collected (`young`).
//   2. Copy every refcount into its header (gc_refs), then walk every object's tp_traverse
//      and subtract one for each reference that comes from inside `young`. What is left is
//      the number of references from outside: the roots.
//   3. Everything reachable from a root survives (move_unreachable); the rest is garbage.
//   4. Clear the weak references to the garbage (running the callbacks of those that are not
//      garbage themselves), run the finalizers (__del__) of the garbage once each (PEP 442),
//      then count again:
//      objects a finalizer resurrected, and everything they reach, survive.
//   5. tp_clear breaks the remaining cycles; reference counting frees the objects.
//
// During a collection the header's gc_prev word holds gc_refs instead of a pointer, and
// gc_next's low bit marks objects found unreachable; both words are restored before any
// Python code (a finalizer) can run.
#include <stdlib.h>
#include <string.h>
#include "runtime/runtime.h"

// Low bits of gc_prev (headers are 16-byte aligned, so pointers leave them free).
#define PREV_FINALIZED ((uintptr_t)1)  // tp_finalize has run: never run it again (PEP 442)
#define PREV_COLLECTING ((uintptr_t)2) // in the generation being collected
#define PREV_FLAGS (PREV_FINALIZED | PREV_COLLECTING)
#define PREV_SHIFT 2 // gc_refs is stored above the flags
// Low bit of gc_next during a collection: the object is (tentatively) unreachable.
#define NEXT_UNREACHABLE ((uintptr_t)1)

typedef struct {
    PyGC_Head head; // a circular doubly linked list around this sentinel
    int threshold;
    int count; // gen 0: allocations minus deallocations; older: collections of the one below
} Generation;

static struct {
    Generation gens[RT_GC_GENERATIONS];
    Generation permanent; // gc.freeze() moves everything here, out of the collector's sight
    int enabled;
    int collecting;
    int stress; // thresholds act as 1 (KRAIT_GC_STRESS), whatever gc.get_threshold() says
    // Full collections wait until the objects that survived into gen 2 since the last one are
    // a quarter of those in it (CPython's long_lived rule), so they stay amortized linear.
    Py_ssize_t long_lived_total;
    Py_ssize_t long_lived_pending;
    RtGcStats stats[RT_GC_GENERATIONS];
    RtGcHooks hooks;
    PyObject *save_garbage; // a list when gc.DEBUG_SAVEALL is on (owned by the gc module)
} gc;

// ---- header and list primitives -----------------------------------------------------------

static inline PyGC_Head *
gc_next(PyGC_Head *g)
{
    return (PyGC_Head *)g->gc_next;
}

static inline PyGC_Head *
gc_prev(PyGC_Head *g)
{
    return (PyGC_Head *)(g->gc_prev & ~PREV_FLAGS);
}

static inline void
gc_set_prev(PyGC_Head *g, PyGC_Head *prev)
{
    g->gc_prev = (g->gc_prev & PREV_FLAGS) | (uintptr_t)prev;
}

static inline Py_ssize_t
gc_get_refs(PyGC_Head *g)
{
    return (Py_ssize_t)(g->gc_prev >> PREV_SHIFT);
}

static inline void
gc_set_refs(PyGC_Head *g, Py_ssize_t refs)
{
    g->gc_prev = (g->gc_prev & PREV_FLAGS) | ((uintptr_t)refs << PREV_SHIFT);
}

// Start counting: gc_refs = refcount, and mark the object as part of this collection.
static inline void
gc_reset_refs(PyGC_Head *g, Py_ssize_t refs)
{
    g->gc_prev = (g->gc_prev & PREV_FINALIZED) | PREV_COLLECTING | ((uintptr_t)refs << PREV_SHIFT);
}

static inline int
gc_is_collecting(PyGC_Head *g)
{
    return (g->gc_prev & PREV_COLLECTING) != 0;
}

static void
list_init(PyGC_Head *head)
{
    head->gc_next = head->gc_prev = (uintptr_t)head;
}

static int
list_is_empty(PyGC_Head *head)
{
    return gc_next(head) == head;
}

static void
list_append(PyGC_Head *g, PyGC_Head *head)
{
    PyGC_Head *last = (PyGC_Head *)head->gc_prev;
    last->gc_next = (uintptr_t)g;
    gc_set_prev(g, last);
    g->gc_next = (uintptr_t)head;
    head->gc_prev = (uintptr_t)g;
}

static void
list_remove(PyGC_Head *g)
{
    PyGC_Head *prev = gc_prev(g), *next = gc_next(g);
    prev->gc_next = (uintptr_t)next;
    gc_set_prev(next, prev);
    g->gc_next = 0;
}

static void
list_move(PyGC_Head *g, PyGC_Head *head)
{
    list_remove(g);
    list_append(g, head);
}

// Append every object of from to to; from becomes empty.
static void
list_merge(PyGC_Head *from, PyGC_Head *to)
{
    if (list_is_empty(from))
        return;
    PyGC_Head *to_tail = (PyGC_Head *)to->gc_prev;
    PyGC_Head *from_head = gc_next(from), *from_tail = (PyGC_Head *)from->gc_prev;
    to_tail->gc_next = (uintptr_t)from_head;
    gc_set_prev(from_head, to_tail);
    from_tail->gc_next = (uintptr_t)to;
    to->gc_prev = (uintptr_t)from_tail;
    list_init(from);
}

static Py_ssize_t
list_size(PyGC_Head *head)
{
    Py_ssize_t n = 0;
    for (PyGC_Head *g = gc_next(head); g != head; g = gc_next(g))
        n++;
    return n;
}

// ---- allocation and tracking --------------------------------------------------------------

static void collect_if_due(void);

// Size of a variable object with n items, rounded like CPython; 0 on overflow.
static size_t
var_size(PyTypeObject *t, Py_ssize_t n)
{
    if (n < 0 || (t->tp_itemsize && (size_t)n > (PY_SSIZE_T_MAX - (size_t)t->tp_basicsize -
                                                  sizeof(PyGC_Head)) / (size_t)t->tp_itemsize))
        return 0;
    return (size_t)t->tp_basicsize + (size_t)n * (size_t)t->tp_itemsize;
}

static PyObject *
gc_alloc(PyTypeObject *t, size_t size)
{
    gc.gens[0].count++;
    collect_if_due();
    PyGC_Head *g = PyObject_Malloc(sizeof(PyGC_Head) + size);
    if (g == NULL)
        return PyErr_NoMemory();
    memset(g, 0, sizeof(PyGC_Head) + size);
    PyObject *o = rt_gc_object(g);
    rt_new_reference(o);
    o->ob_type = t;
    if (PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE))
        Py_INCREF(t); // instances of heap types keep their class alive
    return o;
}

PyObject *
rt_gc_new(PyTypeObject *t)
{
    return gc_alloc(t, (size_t)t->tp_basicsize);
}

PyObject *
rt_gc_new_var(PyTypeObject *t, Py_ssize_t n)
{
    size_t size = var_size(t, n);
    if (size == 0)
        return PyErr_NoMemory();
    PyObject *o = gc_alloc(t, size);
    if (o != NULL)
        Py_SET_SIZE(o, n);
    return o;
}

PyObject *
rt_gc_resize(PyObject *o, Py_ssize_t n)
{
    if (PyObject_GC_IsTracked(o))
        Py_FatalError("rt_gc_resize of a tracked object");
    size_t size = var_size(Py_TYPE(o), n);
    if (size == 0)
        return PyErr_NoMemory();
    PyGC_Head *g = PyObject_Realloc(rt_gc_head(o), sizeof(PyGC_Head) + size);
    if (g == NULL)
        return PyErr_NoMemory();
    o = rt_gc_object(g);
    Py_SET_SIZE(o, n);
    return o;
}

void
PyObject_GC_Del(void *o)
{
    PyGC_Head *g = rt_gc_head(o);
    if (g->gc_next != 0)
        Py_FatalError("PyObject_GC_Del of a tracked object");
    if (gc.gens[0].count > 0)
        gc.gens[0].count--;
    PyObject_Free(g);
}

void
PyObject_GC_Track(void *o)
{
    PyGC_Head *g = rt_gc_head(o);
    if (g->gc_next != 0)
        Py_FatalError("object already tracked by the garbage collector");
    list_append(g, &gc.gens[0].head);
}

void
PyObject_GC_UnTrack(void *o)
{
    PyGC_Head *g = rt_gc_head(o);
    if (g->gc_next == 0)
        return;
    list_remove(g);
    g->gc_prev &= PREV_FINALIZED; // the finalizer still must not run twice
}

int
PyObject_GC_IsTracked(PyObject *o)
{
    return PyObject_IS_GC(o) && rt_gc_head(o)->gc_next != 0;
}

int
PyObject_GC_IsFinalized(PyObject *o)
{
    return PyObject_IS_GC(o) && (rt_gc_head(o)->gc_prev & PREV_FINALIZED) != 0;
}

void
PyObject_CallFinalizer(PyObject *self)
{
    PyTypeObject *t = Py_TYPE(self);
    if (t->tp_finalize == NULL || PyObject_GC_IsFinalized(self))
        return;
    t->tp_finalize(self);
    if (PyObject_IS_GC(self))
        rt_gc_head(self)->gc_prev |= PREV_FINALIZED;
}

int
PyObject_CallFinalizerFromDealloc(PyObject *self)
{
    int gc_object = PyObject_IS_GC(self);
    if (gc_object)
        PyObject_GC_Track(self);
    Py_SET_REFCNT(self, 1); // a temporary reference, uncounted: the object is dying
    PyObject_CallFinalizer(self);
    if (--self->ob_refcnt != 0) {
        RT_LIVE_ADD(1); // resurrected: alive again after all
        return -1;
    }
    if (gc_object)
        PyObject_GC_UnTrack(self);
    return 0;
}

Py_ssize_t
rt_gc_tracked_count(void)
{
    Py_ssize_t n = list_size(&gc.permanent.head);
    for (int i = 0; i < RT_GC_GENERATIONS; i++)
        n += list_size(&gc.gens[i].head);
    return n;
}

// ---- finding the unreachable ----------------------------------------------------------------

static void
update_refs(PyGC_Head *containers)
{
    for (PyGC_Head *g = gc_next(containers); g != containers; g = gc_next(g))
        gc_reset_refs(g, Py_REFCNT(rt_gc_object(g)));
}

// A reference from inside the collected set: it does not keep its target alive.
static int
visit_decref(PyObject *op, void *parent)
{
    (void)parent;
    if (PyObject_IS_GC(op)) {
        PyGC_Head *g = rt_gc_head(op);
        if (gc_is_collecting(g))
            gc_set_refs(g, gc_get_refs(g) - 1);
    }
    return 0;
}

static void
subtract_refs(PyGC_Head *containers)
{
    for (PyGC_Head *g = gc_next(containers); g != containers; g = gc_next(g)) {
        PyObject *op = rt_gc_object(g);
        traverseproc traverse = Py_TYPE(op)->tp_traverse;
        if (traverse != NULL)
            traverse(op, visit_decref, op);
    }
}

// op is referenced by a reachable object: it is reachable too. If move_unreachable already
// set it aside as unreachable, it goes back to the end of `reachable`, to be scanned again.
static int
visit_reachable(PyObject *op, void *arg)
{
    PyGC_Head *reachable = arg;
    if (!PyObject_IS_GC(op))
        return 0;
    PyGC_Head *g = rt_gc_head(op);
    if (!gc_is_collecting(g))
        return 0; // not in this collection (older, or untracked)
    if (g->gc_next & NEXT_UNREACHABLE) {
        // Unlink from the unreachable list, whose links carry the mark, then rejoin.
        PyGC_Head *prev = gc_prev(g);
        PyGC_Head *next = (PyGC_Head *)(g->gc_next & ~NEXT_UNREACHABLE);
        prev->gc_next = g->gc_next;
        gc_set_prev(next, prev);
        list_append(g, reachable);
        gc_set_refs(g, 1);
    } else if (gc_get_refs(g) == 0) {
        gc_set_refs(g, 1); // not scanned yet: it will be, as reachable
    }
    return 0;
}

// Split young into the reachable (kept in young, gc_prev restored to pointers, no longer
// marked collecting) and the unreachable (moved to unreachable, their gc_next marked).
// Walks young once: an object with gc_refs > 0 is a root or was reached from one; an
// object with 0 is set aside tentatively until something reachable visits it.
static void
move_unreachable(PyGC_Head *young, PyGC_Head *unreachable)
{
    PyGC_Head *prev = young, *g = gc_next(young);
    while (g != young) {
        if (gc_get_refs(g) > 0) {
            PyObject *op = rt_gc_object(g);
            traverseproc traverse = Py_TYPE(op)->tp_traverse;
            if (traverse != NULL)
                traverse(op, visit_reachable, young);
            gc_set_prev(g, prev); // the pointer, in place of gc_refs
            g->gc_prev &= ~PREV_COLLECTING;
            prev = g;
        } else {
            prev->gc_next = g->gc_next;
            PyGC_Head *last = gc_prev(unreachable);
            last->gc_next = NEXT_UNREACHABLE | (uintptr_t)g;
            gc_set_prev(g, last);
            g->gc_next = NEXT_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->gc_prev = (uintptr_t)g;
        }
        g = gc_next(prev);
    }
    young->gc_prev = (uintptr_t)prev;
}

static void
clear_unreachable_marks(PyGC_Head *unreachable)
{
    PyGC_Head *prev = unreachable;
    for (PyGC_Head *g = (PyGC_Head *)(unreachable->gc_next & ~NEXT_UNREACHABLE); g != unreachable;
         g = (PyGC_Head *)(g->gc_next & ~NEXT_UNREACHABLE)) {
        prev->gc_next &= ~NEXT_UNREACHABLE;
        prev = g;
    }
    prev->gc_next &= ~NEXT_UNREACHABLE;
}

static void
clear_collecting(PyGC_Head *list)
{
    for (PyGC_Head *g = gc_next(list); g != list; g = gc_next(g))
        g->gc_prev &= ~PREV_COLLECTING;
}

// Steps 2 and 3: young keeps what is reachable from outside it; the rest goes to
// unreachable (still marked collecting, links unmarked).
static void
deduce_unreachable(PyGC_Head *young, PyGC_Head *unreachable)
{
    update_refs(young);
    subtract_refs(young);
    list_init(unreachable);
    move_unreachable(young, unreachable);
    clear_unreachable_marks(unreachable);
}

// ---- weak references, finalizers and freeing -----------------------------------------------

// Clear every weak reference to an unreachable object before any Python code can run (else
// a callback or finalizer could reach garbage through one), then run the callbacks of those
// references that are themselves reachable. Returns how many of those references died.
static Py_ssize_t
handle_weakrefs(PyGC_Head *unreachable, PyGC_Head *old)
{
    PyGC_Head to_call;
    list_init(&to_call);
    for (PyGC_Head *g = gc_next(unreachable); g != unreachable; g = gc_next(g)) {
        PyObject *op = rt_gc_object(g);
        // A reference that is garbage itself must not call back into the garbage later.
        if (PyWeakref_Check(op))
            rt_weakref_clear((PyWeakReference *)op);
        PyWeakReference *wr;
        while ((wr = rt_weakref_head(op)) != NULL) {
            rt_weakref_clear(wr);
            if (wr->wr_callback == NULL || gc_is_collecting(rt_gc_head((PyObject *)wr)))
                continue;
            Py_INCREF(wr); // it must live until its callback ran
            list_move(rt_gc_head((PyObject *)wr), &to_call);
        }
    }
    Py_ssize_t freed = 0;
    while (!list_is_empty(&to_call)) {
        PyGC_Head *g = gc_next(&to_call);
        PyWeakReference *wr = (PyWeakReference *)rt_gc_object(g);
        PyObject *r = PyObject_CallOneArg(wr->wr_callback, (PyObject *)wr);
        if (r == NULL)
            PyErr_WriteUnraisable(wr->wr_callback);
        Py_XDECREF(r);
        Py_DECREF(wr);
        if (gc_next(&to_call) == g)
            list_move(g, old); // still alive
        else
            freed++;
    }
    return freed;
}

static void
finalize_garbage(PyGC_Head *collectable)
{
    PyGC_Head seen;
    list_init(&seen);
    // A finalizer may free other garbage (which unlinks itself), so walk by moving.
    while (!list_is_empty(collectable)) {
        PyGC_Head *g = gc_next(collectable);
        PyObject *op = rt_gc_object(g);
        list_move(g, &seen);
        if (!(g->gc_prev & PREV_FINALIZED) && Py_TYPE(op)->tp_finalize != NULL) {
            g->gc_prev |= PREV_FINALIZED;
            Py_INCREF(op);
            Py_TYPE(op)->tp_finalize(op);
            Py_DECREF(op);
        }
    }
    list_merge(&seen, collectable);
}

// Break the cycles of what is still unreachable (or, under gc.DEBUG_SAVEALL, keep it in
// gc.garbage); objects that survive their tp_clear go to old (something else will free them
// when their last reference goes).
static void
delete_garbage(PyGC_Head *collectable, PyGC_Head *old)
{
    while (!list_is_empty(collectable)) {
        PyGC_Head *g = gc_next(collectable);
        PyObject *op = rt_gc_object(g);
        inquiry clear = Py_TYPE(op)->tp_clear;
        if (gc.save_garbage != NULL) {
            if (PyList_Append(gc.save_garbage, op) < 0)
                PyErr_WriteUnraisable(NULL);
        } else if (clear != NULL) {
            Py_INCREF(op);
            (void)clear(op);
            if (PyErr_Occurred())
                PyErr_WriteUnraisable((PyObject *)Py_TYPE(op));
            Py_DECREF(op);
        }
        if (gc_next(collectable) == g) {
            g->gc_prev &= ~PREV_COLLECTING;
            list_move(g, old);
        }
    }
}

// A full gc.collect() empties the free lists of dead lists, tuples and floats, as CPython's
// does: their memory goes back, and allocations after it count in gc.get_count() as they do
// in CPython (a reused dead object does not count). CPython empties them in automatic full
// collections too; Krait does not yet (test_trashcan counts pool blocks across them).
static void
clear_free_lists(void)
{
    rt_tuple_fini();
    rt_list_fini();
    rt_float_fini();
}

// Tuples and dicts that hold only atomic objects cannot be part of a cycle: the collector
// stops tracking the survivors of a collection among them (tuples at every collection, dicts
// at full ones, in the survivors' order, as CPython 3.11), so later collections skip them.
static void
untrack_atomic(PyGC_Head *list, PyTypeObject *type, void (*maybe_untrack)(PyObject *))
{
    PyGC_Head *g = gc_next(list);
    while (g != list) {
        PyObject *op = rt_gc_object(g);
        g = gc_next(g); // before op may leave the list
        if (Py_IS_TYPE(op, type))
            maybe_untrack(op);
    }
}

// Collect generation gen and the younger ones; the number of unreachable objects found.
static Py_ssize_t
collect(int gen)
{
    Generation *young_gen = &gc.gens[gen];
    PyGC_Head *young = &young_gen->head;
    PyGC_Head *old = gen + 1 < RT_GC_GENERATIONS ? &gc.gens[gen + 1].head : young;
    for (int i = 0; i < gen; i++)
        list_merge(&gc.gens[i].head, young);

    PyGC_Head unreachable;
    deduce_unreachable(young, &unreachable);
    untrack_atomic(young, &PyTuple_Type, rt_tuple_maybe_untrack);
    if (gen == RT_GC_GENERATIONS - 1)
        untrack_atomic(young, &PyDict_Type, rt_dict_maybe_untrack);
    // The survivors grow one generation older.
    if (young != old) {
        if (gen == RT_GC_GENERATIONS - 2)
            gc.long_lived_pending += list_size(young);
        list_merge(young, old);
    } else {
        gc.long_lived_pending = 0;
        gc.long_lived_total = list_size(young);
    }

    Py_ssize_t weakrefs_freed = handle_weakrefs(&unreachable, old);
    finalize_garbage(&unreachable);
    // Finalizers may have made some garbage reachable again: count afresh.
    PyGC_Head still_unreachable;
    clear_collecting(&unreachable);
    deduce_unreachable(&unreachable, &still_unreachable);
    list_merge(&unreachable, old);
    Py_ssize_t collected = list_size(&still_unreachable) + weakrefs_freed;
    delete_garbage(&still_unreachable, old);

    if (gen + 1 < RT_GC_GENERATIONS)
        gc.gens[gen + 1].count++;
    for (int i = 0; i <= gen; i++)
        gc.gens[i].count = 0;
    gc.stats[gen].collections++;
    gc.stats[gen].collected += collected;
    return collected;
}

// A collection with the hooks (gc.callbacks) around it and the pending exception set aside.
static Py_ssize_t
collect_with_hooks(int gen)
{
    gc.collecting = 1;
    PyObject *saved = PyErr_GetRaisedException();
    if (gc.hooks.start != NULL)
        gc.hooks.start(gen);
    Py_ssize_t n = collect(gen);
    if (gc.hooks.stop != NULL)
        gc.hooks.stop(gen, n);
    PyErr_SetRaisedException(saved);
    gc.collecting = 0;
    return n;
}

// The oldest generation whose count passed its threshold is collected (with the younger).
static void
collect_if_due(void)
{
    if (!gc.enabled || gc.collecting || gc.gens[0].threshold == 0 ||
        gc.gens[0].count <= (gc.stress ? 1 : gc.gens[0].threshold))
        return;
    for (int i = RT_GC_GENERATIONS - 1; i >= 0; i--) {
        if (gc.gens[i].count <= (gc.stress ? 1 : gc.gens[i].threshold))
            continue;
        if (i == RT_GC_GENERATIONS - 1 && gc.long_lived_pending < gc.long_lived_total / 4)
            continue;
        collect_with_hooks(i);
        break;
    }
}

// ---- the interface of the gc module ---------------------------------------------------------

void
rt_gc_init(void)
{
    static const int thresholds[RT_GC_GENERATIONS] = {700, 10, 10};
    // Stress mode flushes out missing or wrong tp_traverse / tp_clear (the tests use it).
    gc.stress = getenv("KRAIT_GC_STRESS") != NULL;
    for (int i = 0; i < RT_GC_GENERATIONS; i++) {
        if (gc.gens[i].head.gc_next == 0)
            list_init(&gc.gens[i].head);
        gc.gens[i].threshold = thresholds[i];
    }
    if (gc.permanent.head.gc_next == 0)
        list_init(&gc.permanent.head);
    gc.enabled = 1;
}

// Forget every tracked object, so that what finalization left alive is reachable only through
// real references: a leak checker then reports what nothing refers to (the generation lists
// would otherwise make every leaked container look reachable).
void
rt_gc_fini(void)
{
    Generation *lists[RT_GC_GENERATIONS + 1] = {&gc.gens[0], &gc.gens[1], &gc.gens[2],
                                                &gc.permanent};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        PyGC_Head *head = &lists[i]->head;
        while (!list_is_empty(head)) {
            PyGC_Head *g = gc_next(head);
            list_remove(g);
            g->gc_prev &= PREV_FLAGS; // no pointer left behind
        }
        lists[i]->count = 0;
    }
    gc.enabled = 0;
}

void
rt_gc_set_stress(int on)
{
    gc.stress = on;
}

Py_ssize_t
rt_gc_collect(int gen)
{
    if (gen < 0 || gen >= RT_GC_GENERATIONS || gc.collecting)
        return 0;
    Py_ssize_t n = collect_with_hooks(gen);
    if (gen == RT_GC_GENERATIONS - 1)
        clear_free_lists();
    return n;
}

int
rt_gc_enable(int enable)
{
    int was = gc.enabled;
    if (enable >= 0)
        gc.enabled = enable != 0;
    return was;
}

void
rt_gc_get_counts(int counts[RT_GC_GENERATIONS])
{
    for (int i = 0; i < RT_GC_GENERATIONS; i++)
        counts[i] = gc.gens[i].count;
}

void
rt_gc_get_thresholds(int thresholds[RT_GC_GENERATIONS])
{
    for (int i = 0; i < RT_GC_GENERATIONS; i++)
        thresholds[i] = gc.gens[i].threshold;
}

void
rt_gc_set_threshold(int gen, int threshold)
{
    if (gen >= 0 && gen < RT_GC_GENERATIONS)
        gc.gens[gen].threshold = threshold;
}

void
rt_gc_get_stats(RtGcStats stats[RT_GC_GENERATIONS])
{
    memcpy(stats, gc.stats, sizeof gc.stats);
}

void
rt_gc_set_hooks(const RtGcHooks *hooks)
{
    gc.hooks = *hooks;
}

void
rt_gc_set_save_garbage(PyObject *garbage)
{
    gc.save_garbage = garbage;
}

int
rt_gc_visit_objects(int gen, int (*visit)(PyObject *op, void *arg), void *arg)
{
    for (int i = gen < 0 ? 0 : gen; i < RT_GC_GENERATIONS && (gen < 0 || i == gen); i++) {
        PyGC_Head *head = &gc.gens[i].head;
        for (PyGC_Head *g = gc_next(head); g != head; g = gc_next(g)) {
            int r = visit(rt_gc_object(g), arg);
            if (r != 0)
                return r;
        }
    }
    return 0;
}

void
rt_gc_freeze(void)
{
    for (int i = 0; i < RT_GC_GENERATIONS; i++) {
        list_merge(&gc.gens[i].head, &gc.permanent.head);
        gc.gens[i].count = 0;
    }
}

void
rt_gc_unfreeze(void)
{
    list_merge(&gc.permanent.head, &gc.gens[RT_GC_GENERATIONS - 1].head);
}

Py_ssize_t
rt_gc_freeze_count(void)
{
    return list_size(&gc.permanent.head);
}
