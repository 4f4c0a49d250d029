// builtins_iter.c: the lazy iterator types of builtins: zip (with 3.10's strict=), map,
// filter, and callable_iterator (iter(callable, sentinel)). enumerate and reversed are
// runtime types (runtime/objects/enumerate.c).
#include "runtime/call.h"
#include "vm/builtins.h"

static PyObject *
self_iter(PyObject *o)
{
    return Py_NewRef(o);
}

// A tuple of iterators over items[first:]; NULL on error ("'T' object is not iterable").
static PyObject *
iterators_of(PyObject *items, Py_ssize_t first)
{
    Py_ssize_t n = PyTuple_GET_SIZE(items) - first;
    PyObject *its = PyTuple_New(n);
    for (Py_ssize_t i = 0; its != NULL && i < n; i++) {
        PyObject *it = PyObject_GetIter(PyTuple_GET_ITEM(items, first + i));
        if (it == NULL)
            Py_CLEAR(its);
        else
            PyTuple_SET_ITEM(its, i, it);
    }
    return its;
}

// ---- zip --------------------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyObject *iters; // tuple of iterators
    int strict;
} ZipObject;

static PyObject *
zip_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    int strict = 0;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (kwds != NULL && PyDict_Next(kwds, &pos, &key, &value)) {
        if (!PyUnicode_Check(key) || !rt_str_equal_ascii(key, "strict")) {
            PyErr_Format(PyExc_TypeError, "'%S' is an invalid keyword argument for zip()", key);
            return NULL;
        }
        if ((strict = PyObject_IsTrue(value)) < 0)
            return NULL;
    }
    PyObject *iters = iterators_of(args, 0);
    if (iters == NULL)
        return NULL;
    ZipObject *z = (ZipObject *)type->tp_alloc(type, 0);
    if (z == NULL) {
        Py_DECREF(iters);
        return NULL;
    }
    z->iters = iters;
    z->strict = strict;
    PyObject_GC_Track(z);
    return (PyObject *)z;
}

static void
zip_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    Py_XDECREF(((ZipObject *)o)->iters);
    Py_TYPE(o)->tp_free(o);
}

static int
zip_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((ZipObject *)o)->iters);
    return 0;
}

static int
zip_clear(PyObject *o)
{
    Py_CLEAR(((ZipObject *)o)->iters);
    return 0;
}

// Swallow StopIteration from a next() call: 0, or -1 if another error is pending.
static int
clear_stop_iteration(void)
{
    if (!PyErr_Occurred())
        return 0;
    if (!PyErr_ExceptionMatches(PyExc_StopIteration))
        return -1;
    PyErr_Clear();
    return 0;
}

// strict=True and iterator i ran out: are the others exhausted too? NULL always, with
// ValueError when they are not.
static PyObject *
zip_check_lengths(ZipObject *z, Py_ssize_t i)
{
    if (clear_stop_iteration() < 0)
        return NULL;
    const char *plural = i == 1 ? " " : "s 1-";
    if (i > 0)
        return PyErr_Format(PyExc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                            i + 1, plural, i);
    for (i = 1; i < PyTuple_GET_SIZE(z->iters); i++) {
        PyObject *it = PyTuple_GET_ITEM(z->iters, i);
        PyObject *item = Py_TYPE(it)->tp_iternext(it);
        if (item != NULL) {
            Py_DECREF(item);
            plural = i == 1 ? " " : "s 1-";
            return PyErr_Format(PyExc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                                i + 1, plural, i);
        }
        if (clear_stop_iteration() < 0)
            return NULL;
    }
    return NULL;
}

static PyObject *
zip_next(PyObject *o)
{
    ZipObject *z = (ZipObject *)o;
    Py_ssize_t n = z->iters != NULL ? PyTuple_GET_SIZE(z->iters) : 0;
    if (n == 0)
        return NULL;
    PyObject *result = PyTuple_New(n);
    if (result == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *it = PyTuple_GET_ITEM(z->iters, i);
        PyObject *item = Py_TYPE(it)->tp_iternext(it);
        if (item == NULL) {
            Py_DECREF(result);
            return z->strict ? zip_check_lengths(z, i) : NULL;
        }
        PyTuple_SET_ITEM(result, i, item);
    }
    return result;
}

PyTypeObject PyZip_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "zip",
    .tp_basicsize = sizeof(ZipObject),
    .tp_dealloc = zip_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
    .tp_traverse = zip_traverse,
    .tp_clear = zip_clear,
    .tp_iter = self_iter,
    .tp_iternext = zip_next,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = zip_new,
    .tp_free = PyObject_GC_Del,
};

// ---- map --------------------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyObject *func;
    PyObject *iters; // tuple of iterators
} MapObject;

static PyObject *
map_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (type == &PyMap_Type && !rt_arg_no_keywords("map", kwds))
        return NULL;
    if (PyTuple_GET_SIZE(args) < 2) {
        PyErr_SetString(PyExc_TypeError, "map() must have at least two arguments.");
        return NULL;
    }
    PyObject *iters = iterators_of(args, 1);
    if (iters == NULL)
        return NULL;
    MapObject *m = (MapObject *)type->tp_alloc(type, 0);
    if (m == NULL) {
        Py_DECREF(iters);
        return NULL;
    }
    m->func = Py_NewRef(PyTuple_GET_ITEM(args, 0));
    m->iters = iters;
    PyObject_GC_Track(m);
    return (PyObject *)m;
}

static void
map_dealloc(PyObject *o)
{
    MapObject *m = (MapObject *)o;
    PyObject_GC_UnTrack(o);
    Py_XDECREF(m->func);
    Py_XDECREF(m->iters);
    Py_TYPE(o)->tp_free(o);
}

static int
map_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((MapObject *)o)->func);
    Py_VISIT(((MapObject *)o)->iters);
    return 0;
}

static int
map_clear(PyObject *o)
{
    Py_CLEAR(((MapObject *)o)->func);
    Py_CLEAR(((MapObject *)o)->iters);
    return 0;
}

static PyObject *
map_next(PyObject *o)
{
    MapObject *m = (MapObject *)o;
    if (m->iters == NULL)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(m->iters), got = 0;
    PyObject *small[5], **items = n <= 5 ? small : PyMem_Malloc((size_t)n * sizeof(PyObject *));
    if (items == NULL)
        return PyErr_NoMemory();
    PyObject *r = NULL;
    for (; got < n; got++) {
        PyObject *it = PyTuple_GET_ITEM(m->iters, got);
        if ((items[got] = Py_TYPE(it)->tp_iternext(it)) == NULL)
            break;
    }
    if (got == n)
        r = rt_call_vector(m->func, items, (size_t)n, NULL);
    for (Py_ssize_t i = 0; i < got; i++)
        Py_DECREF(items[i]);
    if (items != small)
        PyMem_Free(items);
    return r;
}

PyTypeObject PyMap_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "map",
    .tp_basicsize = sizeof(MapObject),
    .tp_dealloc = map_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "map(func, *iterables) --> map object",
    .tp_traverse = map_traverse,
    .tp_clear = map_clear,
    .tp_iter = self_iter,
    .tp_iternext = map_next,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = map_new,
    .tp_free = PyObject_GC_Del,
};

// ---- filter -----------------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyObject *func; // None or bool: the items' own truth
    PyObject *it;
} FilterObject;

static PyObject *
filter_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (type == &PyFilter_Type && !rt_arg_no_keywords("filter", kwds))
        return NULL;
    PyObject *func, *seq;
    if (!PyArg_UnpackTuple(args, "filter", 2, 2, &func, &seq))
        return NULL;
    PyObject *it = PyObject_GetIter(seq);
    if (it == NULL)
        return NULL;
    FilterObject *f = (FilterObject *)type->tp_alloc(type, 0);
    if (f == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    f->func = Py_NewRef(func);
    f->it = it;
    PyObject_GC_Track(f);
    return (PyObject *)f;
}

static void
filter_dealloc(PyObject *o)
{
    FilterObject *f = (FilterObject *)o;
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, filter_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_XDECREF(f->func);
    Py_XDECREF(f->it);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
filter_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((FilterObject *)o)->func);
    Py_VISIT(((FilterObject *)o)->it);
    return 0;
}

static int
filter_clear(PyObject *o)
{
    Py_CLEAR(((FilterObject *)o)->func);
    Py_CLEAR(((FilterObject *)o)->it);
    return 0;
}

static PyObject *
filter_next(PyObject *o)
{
    FilterObject *f = (FilterObject *)o;
    if (f->it == NULL)
        return NULL;
    int truth_only = f->func == Py_None || f->func == (PyObject *)&PyBool_Type;
    PyObject *item;
    while ((item = Py_TYPE(f->it)->tp_iternext(f->it)) != NULL) {
        int ok;
        if (truth_only) {
            ok = PyObject_IsTrue(item);
        } else {
            PyObject *good = PyObject_CallOneArg(f->func, item);
            ok = good == NULL ? -1 : PyObject_IsTrue(good);
            Py_XDECREF(good);
        }
        if (ok > 0)
            return item;
        Py_DECREF(item);
        if (ok < 0)
            return NULL;
    }
    return NULL;
}

PyTypeObject PyFilter_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "filter",
    .tp_basicsize = sizeof(FilterObject),
    .tp_dealloc = filter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "filter(function or None, iterable) --> filter object",
    .tp_traverse = filter_traverse,
    .tp_clear = filter_clear,
    .tp_iter = self_iter,
    .tp_iternext = filter_next,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = filter_new,
    .tp_free = PyObject_GC_Del,
};

// ---- callable_iterator ------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyObject *callable; // NULL once the sentinel was seen
    PyObject *sentinel;
} CallIterObject;

PyObject *
PyCallIter_New(PyObject *callable, PyObject *sentinel)
{
    CallIterObject *it = PyObject_GC_New(CallIterObject, &PyCallIter_Type);
    if (it == NULL)
        return NULL;
    it->callable = Py_NewRef(callable);
    it->sentinel = Py_NewRef(sentinel);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static void
calliter_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    Py_XDECREF(((CallIterObject *)o)->callable);
    Py_XDECREF(((CallIterObject *)o)->sentinel);
    PyObject_GC_Del(o);
}

static int
calliter_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((CallIterObject *)o)->callable);
    Py_VISIT(((CallIterObject *)o)->sentinel);
    return 0;
}

static PyObject *
calliter_next(PyObject *o)
{
    CallIterObject *it = (CallIterObject *)o;
    if (it->callable == NULL)
        return NULL;
    PyObject *result = PyObject_CallNoArgs(it->callable);
    if (result != NULL) {
        int done = PyObject_RichCompareBool(it->sentinel, result, Py_EQ);
        if (done == 0)
            return result;
        if (done > 0) {
            Py_CLEAR(it->callable);
            Py_CLEAR(it->sentinel);
        }
    } else if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
        PyErr_Clear();
        Py_CLEAR(it->callable);
        Py_CLEAR(it->sentinel);
    }
    Py_XDECREF(result);
    return NULL;
}

PyTypeObject PyCallIter_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(CallIterObject),
    .tp_dealloc = calliter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = calliter_traverse,
    .tp_iter = self_iter,
    .tp_iternext = calliter_next,
    .tp_free = PyObject_GC_Del,
};
