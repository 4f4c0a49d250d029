// trashcan.c: deferred deallocation of deeply nested containers (CPython's trashcan), so that
// freeing a million-deep list does not nest a million deallocators on the C stack. The
// deferred objects are chained through their GC header; gc.c owns the header itself.
#include "runtime/runtime.h"

// Put o aside: its GC header's gc_prev links the thread's list (gc_next stays NULL, so o
// still counts as untracked).
static void
deposit(RtThreadState *ts, PyObject *o)
{
    PyGC_Head *g = rt_gc_head(o);
    if (g->gc_next != 0)
        Py_FatalError("trashcan: a deallocator deferred a tracked object");
    g->gc_prev = (uintptr_t)ts->trash_deferred;
    ts->trash_deferred = o;
}

// Free every object put aside, including those that freeing them puts aside in turn. The
// nesting count stays raised meanwhile, so those deallocators do not start this loop again.
static void
destroy_chain(RtThreadState *ts)
{
    ts->trash_delete_nesting++;
    while (ts->trash_deferred != NULL) {
        PyObject *o = ts->trash_deferred;
        PyGC_Head *g = rt_gc_head(o);
        ts->trash_deferred = (PyObject *)g->gc_prev;
        g->gc_prev = 0;
        Py_TYPE(o)->tp_dealloc(o);
    }
    ts->trash_delete_nesting--;
}

RtTrashcan
rt_trashcan_begin(PyObject *o, destructor dealloc)
{
    // A subclass instance goes through its own type's deallocator, which brackets itself.
    if (Py_TYPE(o)->tp_dealloc != dealloc)
        return RT_TRASHCAN_SKIPPED;
    RtThreadState *ts = rt_tstate();
    if (ts->trash_delete_nesting >= RT_TRASHCAN_LIMIT) {
        deposit(ts, o);
        return RT_TRASHCAN_DEFERRED;
    }
    ts->trash_delete_nesting++;
    return RT_TRASHCAN_ENTERED;
}

void
rt_trashcan_end(RtTrashcan tc)
{
    if (tc != RT_TRASHCAN_ENTERED)
        return;
    RtThreadState *ts = rt_tstate();
    if (--ts->trash_delete_nesting <= 0 && ts->trash_deferred != NULL)
        destroy_chain(ts);
}
