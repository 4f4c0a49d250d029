// slice.c: the slice type (construction, repr, comparison, index arithmetic for sequences,
// in C indexes and in ints of any size) and the Ellipsis singleton, which CPython also keeps
// here.
#include <stddef.h>
#include "runtime/runtime.h"
#include "runtime/objects/descr.h"

// ---- Ellipsis ------------------------------------------------------------------------------

PyObject rt_ellipsis_object = PyObject_HEAD_INIT(&PyEllipsis_Type);

static PyObject *
ellipsis_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (PyTuple_GET_SIZE(args) || (kwds != NULL && PyDict_GET_SIZE(kwds))) {
        PyErr_SetString(PyExc_TypeError, "EllipsisType takes no arguments");
        return NULL;
    }
    return Py_NewRef(Py_Ellipsis);
}

static PyObject *
ellipsis_repr(PyObject *o)
{
    return PyUnicode_FromString("Ellipsis");
}

// Ellipsis is immortal: its count starts at RT_IMMORTAL_REFCNT.
static void
ellipsis_dealloc(PyObject *o)
{
    Py_FatalError("deallocating Ellipsis");
}

PyTypeObject PyEllipsis_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "ellipsis",
    .tp_basicsize = sizeof(PyObject),
    .tp_dealloc = ellipsis_dealloc,
    .tp_repr = ellipsis_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = ellipsis_new,
};

// ---- construction ----------------------------------------------------------------------

PyObject *
PySlice_New(PyObject *start, PyObject *stop, PyObject *step)
{
    PySliceObject *s = (PySliceObject *)rt_gc_new(&PySlice_Type);
    if (s == NULL)
        return NULL;
    s->start = Py_NewRef(start != NULL ? start : Py_None);
    s->stop = Py_NewRef(stop != NULL ? stop : Py_None);
    s->step = Py_NewRef(step != NULL ? step : Py_None);
    PyObject_GC_Track(s);
    return (PyObject *)s;
}

static PyObject *
slice_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *start = NULL, *stop = NULL, *step = NULL;
    if (!rt_arg_no_keywords("slice", kwds))
        return NULL;
    if (!PyArg_UnpackTuple(args, "slice", 1, 3, &start, &stop, &step))
        return NULL;
    // slice(stop): a single argument is the stop.
    if (stop == NULL) {
        stop = start;
        start = NULL;
    }
    return PySlice_New(start, stop, step);
}

static void
slice_dealloc(PyObject *o)
{
    PySliceObject *s = (PySliceObject *)o;
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, slice_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_DECREF(s->start);
    Py_DECREF(s->stop);
    Py_DECREF(s->step);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
slice_traverse(PyObject *o, visitproc visit, void *arg)
{
    PySliceObject *s = (PySliceObject *)o;
    Py_VISIT(s->start);
    Py_VISIT(s->stop);
    Py_VISIT(s->step);
    return 0;
}

// Fields become None rather than NULL, so a cleared slice still keeps slice.h's invariant.
static int
slice_clear(PyObject *o)
{
    PySliceObject *s = (PySliceObject *)o;
    Py_SETREF(s->start, Py_NewRef(Py_None));
    Py_SETREF(s->stop, Py_NewRef(Py_None));
    Py_SETREF(s->step, Py_NewRef(Py_None));
    return 0;
}

static PyObject *
slice_repr(PyObject *o)
{
    PySliceObject *s = (PySliceObject *)o;
    return PyUnicode_FromFormat("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

// Slices compare as the tuples (start, stop, step).
static PyObject *
slice_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PySlice_Check(v) || !PySlice_Check(w))
        Py_RETURN_NOTIMPLEMENTED;
    if (v == w)
        return PyBool_FromLong(op == Py_EQ || op == Py_LE || op == Py_GE);
    PySliceObject *a = (PySliceObject *)v, *b = (PySliceObject *)w;
    PyObject *t1 = PyTuple_Pack(3, a->start, a->stop, a->step);
    if (t1 == NULL)
        return NULL;
    PyObject *t2 = PyTuple_Pack(3, b->start, b->stop, b->step);
    if (t2 == NULL) {
        Py_DECREF(t1);
        return NULL;
    }
    PyObject *res = PyObject_RichCompare(t1, t2, op);
    Py_DECREF(t1);
    Py_DECREF(t2);
    return res;
}

// ---- index arithmetic --------------------------------------------------------------------

// A slice field that is not None as a C index clamped to PY_SSIZE_T_MIN..MAX. 0 or -1.
static int
slice_index(PyObject *v, Py_ssize_t *pi)
{
    if (!PyIndex_Check(v)) {
        PyErr_SetString(PyExc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Py_ssize_t x = PyNumber_AsSsize_t(v, NULL);
    if (x == -1 && PyErr_Occurred())
        return -1;
    *pi = x;
    return 0;
}

int
PySlice_Unpack(PyObject *slice, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step)
{
    PySliceObject *r = (PySliceObject *)slice;
    if (r->step == Py_None) {
        *step = 1;
    } else {
        if (slice_index(r->step, step) < 0)
            return -1;
        if (*step == 0) {
            PyErr_SetString(PyExc_ValueError, "slice step cannot be zero");
            return -1;
        }
        // -PY_SSIZE_T_MIN overflows: callers reverse a slice with `step = -step`.
        if (*step < -PY_SSIZE_T_MAX)
            *step = -PY_SSIZE_T_MAX;
    }
    if (r->start == Py_None)
        *start = *step < 0 ? PY_SSIZE_T_MAX : 0;
    else if (slice_index(r->start, start) < 0)
        return -1;
    if (r->stop == Py_None)
        *stop = *step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX;
    else if (slice_index(r->stop, stop) < 0)
        return -1;
    return 0;
}

// Clip an index to the sequence: negatives count from the end; out-of-range values land
// just outside the end the step walks toward.
static Py_ssize_t
clip_index(Py_ssize_t i, Py_ssize_t length, Py_ssize_t step)
{
    if (i < 0) {
        i += length;
        if (i < 0)
            i = step < 0 ? -1 : 0;
    } else if (i >= length) {
        i = step < 0 ? length - 1 : length;
    }
    return i;
}

Py_ssize_t
PySlice_AdjustIndices(Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t step)
{
    *start = clip_index(*start, length, step);
    *stop = clip_index(*stop, length, step);
    // The differences below cannot overflow: both ends now lie in -1..length.
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int
PySlice_GetIndicesEx(PyObject *slice, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop,
                     Py_ssize_t *step, Py_ssize_t *slicelength)
{
    if (PySlice_Unpack(slice, start, stop, step) < 0)
        return -1;
    *slicelength = PySlice_AdjustIndices(length, start, stop, *step);
    return 0;
}

// A slice field for the int arithmetic below: the int itself (a new reference) or NULL
// with CPython's TypeError for a field without __index__.
static PyObject *
field_as_int(PyObject *v)
{
    if (!PyIndex_Check(v)) {
        PyErr_SetString(PyExc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
        return NULL;
    }
    return PyNumber_Index(v);
}

// Clamp a start or stop field (an index or None) to lower..upper, negatives counting from
// the end. A new reference or NULL.
static PyObject *
long_bound(PyObject *v, PyObject *dflt, PyObject *lower, PyObject *upper, PyObject *length)
{
    if (v == Py_None)
        return Py_NewRef(dflt);
    PyObject *i = field_as_int(v);
    if (i == NULL)
        return NULL;
    if (rt_int_sign(i) < 0) {
        Py_SETREF(i, PyNumber_Add(i, length));
        if (i != NULL && rt_int_compare(i, lower) < 0)
            Py_SETREF(i, Py_NewRef(lower));
    } else if (rt_int_compare(i, upper) > 0) {
        Py_SETREF(i, Py_NewRef(upper));
    }
    return i;
}

int
rt_slice_long_indices(PyObject *slice, PyObject *length, PyObject **start, PyObject **stop,
                      PyObject **step)
{
    PySliceObject *s = (PySliceObject *)slice;
    *start = *stop = NULL;
    if (rt_int_sign(length) < 0) {
        PyErr_SetString(PyExc_ValueError, "length should not be negative");
        *step = NULL;
        return -1;
    }
    *step = s->step == Py_None ? PyLong_FromLong(1) : field_as_int(s->step);
    if (*step == NULL)
        return -1;
    int sign = rt_int_sign(*step);
    if (sign == 0) {
        PyErr_SetString(PyExc_ValueError, "slice step cannot be zero");
        Py_CLEAR(*step);
        return -1;
    }
    // A negative step walks from length-1 down to just before 0: bounds are -1..length-1.
    PyObject *lower = PyLong_FromLong(sign < 0 ? -1 : 0);
    PyObject *upper = sign < 0 ? PyNumber_Add(length, lower) : Py_NewRef(length);
    if (upper != NULL) {
        *start = long_bound(s->start, sign < 0 ? upper : lower, lower, upper, length);
        if (*start != NULL)
            *stop = long_bound(s->stop, sign < 0 ? lower : upper, lower, upper, length);
    }
    Py_DECREF(lower);
    Py_XDECREF(upper);
    if (*stop == NULL) {
        Py_CLEAR(*start);
        Py_CLEAR(*step);
        return -1;
    }
    return 0;
}

PyObject *
rt_slice_indices(PyObject *slice, PyObject *length)
{
    PyObject *n = PyNumber_Index(length);
    if (n == NULL)
        return NULL;
    PyObject *start, *stop, *step;
    int err = rt_slice_long_indices(slice, n, &start, &stop, &step);
    Py_DECREF(n);
    if (err < 0)
        return NULL;
    PyObject *r = PyTuple_Pack(3, start, stop, step);
    Py_DECREF(start);
    Py_DECREF(stop);
    Py_DECREF(step);
    return r;
}

// ---- attributes ---------------------------------------------------------------------------

static PyObject *
slice_indices_meth(PyObject *self, PyObject *len)
{
    return rt_slice_indices(self, len);
}

// Pickling support: slice(start, stop, step) rebuilds the slice.
static PyObject *
slice_reduce_meth(PyObject *self, PyObject *unused)
{
    PySliceObject *s = (PySliceObject *)self;
    PyObject *args = PyTuple_Pack(3, s->start, s->stop, s->step);
    if (args == NULL)
        return NULL;
    PyObject *r = PyTuple_Pack(2, (PyObject *)Py_TYPE(self), args);
    Py_DECREF(args);
    return r;
}

static PyMethodDef slice_methods[] = {
    {"indices", slice_indices_meth, METH_O,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate "
     "the start and stop\nindices, and the stride length of the extended slice described by\nS. "
     "Out of bounds indices are clipped in a manner consistent with the\nhandling of normal "
     "slices."},
    {"__reduce__", slice_reduce_meth, METH_NOARGS, "Return state information for pickling."},
    {NULL},
};

static PyMemberDef slice_members[] = {
    {"start", T_OBJECT, offsetof(PySliceObject, start), READONLY, NULL},
    {"stop", T_OBJECT, offsetof(PySliceObject, stop), READONLY, NULL},
    {"step", T_OBJECT, offsetof(PySliceObject, step), READONLY, NULL},
    {NULL},
};

PyTypeObject PySlice_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "slice",
    .tp_basicsize = sizeof(PySliceObject),
    .tp_dealloc = slice_dealloc,
    .tp_repr = slice_repr,
    .tp_hash = PyObject_HashNotImplemented, // slices are unhashable until 3.12
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "slice(stop)\nslice(start, stop[, step])\n\n"
              "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    .tp_traverse = slice_traverse,
    .tp_clear = slice_clear,
    .tp_richcompare = slice_richcompare,
    .tp_methods = slice_methods,
    .tp_members = slice_members,
    .tp_new = slice_new,
    .tp_free = PyObject_GC_Del,
};
