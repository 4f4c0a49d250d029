// gc.c: allocation of container objects with their GC header, and the generation lists that
// tracked objects live in. The collection algorithm itself (issue 6) will walk these lists.
#include <string.h>
#include "runtime/runtime.h"

// Each generation is a circular doubly linked list around a sentinel head.
typedef struct {
    PyGC_Head head;
    Py_ssize_t count;
} Generation;

static Generation generations[3] = {
    {{&generations[0].head, &generations[0].head}, 0},
    {{&generations[1].head, &generations[1].head}, 0},
    {{&generations[2].head, &generations[2].head}, 0},
};

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
    PyGC_Head *g = PyObject_Malloc(sizeof(PyGC_Head) + size);
    if (g == NULL)
        return PyErr_NoMemory();
    memset(g, 0, sizeof(PyGC_Head) + size);
    PyObject *o = rt_gc_object(g);
    o->ob_refcnt = 1;
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
    if (g->gc_next != NULL)
        Py_FatalError("PyObject_GC_Del of a tracked object");
    PyObject_Free(g);
}

void
PyObject_GC_Track(void *o)
{
    PyGC_Head *g = rt_gc_head(o);
    if (g->gc_next != NULL)
        Py_FatalError("object already tracked by the garbage collector");
    PyGC_Head *head = &generations[0].head;
    PyGC_Head *last = head->gc_prev;
    last->gc_next = g;
    g->gc_prev = last;
    g->gc_next = head;
    head->gc_prev = g;
    generations[0].count++;
}

void
PyObject_GC_UnTrack(void *o)
{
    PyGC_Head *g = rt_gc_head(o);
    if (g->gc_next == NULL)
        return;
    g->gc_prev->gc_next = g->gc_next;
    g->gc_next->gc_prev = g->gc_prev;
    g->gc_next = g->gc_prev = NULL;
    // Until the collector moves objects between generations, everything lives in gen 0.
    generations[0].count--;
}

int
PyObject_GC_IsTracked(PyObject *o)
{
    return PyObject_IS_GC(o) && rt_gc_head(o)->gc_next != NULL;
}

Py_ssize_t
rt_gc_tracked_count(int gen)
{
    if (gen < 0 || gen > 2)
        return 0;
    return generations[gen].count;
}
