// gc.h: the header that container objects carry for the cycle collector, and the calls that
// allocate, track and untrack them. Tracking links objects into generation lists (gc.c);
// the collector that walks those lists through tp_traverse comes with issue 6.
#ifndef KRAIT_RUNTIME_GC_H
#define KRAIT_RUNTIME_GC_H

#include "runtime/object.h"

// Sits just before the PyObject of every instance of a Py_TPFLAGS_HAVE_GC type.
// An untracked object has gc_next == NULL.
typedef struct PyGC_Head {
    struct PyGC_Head *gc_next;
    struct PyGC_Head *gc_prev;
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

// Number of tracked objects in generation gen (0..2), for tests and gc.get_count().
Py_ssize_t rt_gc_tracked_count(int gen);

#endif
