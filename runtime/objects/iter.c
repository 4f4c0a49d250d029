// iter.c: the sequence iterator that iter() falls back to for objects with __getitem__ but no
// __iter__, and PyObject_LengthHint. The iterators of list, tuple, str, dict and set live
// with their types.
#include "runtime/runtime.h"

// ---- length hints ------------------------------------------------------------------------------

int
rt_object_has_len(PyObject *o)
{
    PyTypeObject *t = Py_TYPE(o);
    return (t->tp_as_sequence != NULL && t->tp_as_sequence->sq_length != NULL) ||
           (t->tp_as_mapping != NULL && t->tp_as_mapping->mp_length != NULL);
}

// o.__length_hint__() as a count: dflt when there is none or it declines. -1 on error.
static Py_ssize_t
call_length_hint(PyObject *o, Py_ssize_t dflt)
{
    PyObject *hint = rt_type_lookup_special(o, PyUnicode_InternFromString("__length_hint__"));
    if (hint == NULL)
        return PyErr_Occurred() ? -1 : dflt;
    PyObject *r = PyObject_CallNoArgs(hint);
    Py_DECREF(hint);
    if (r == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_TypeError))
            return -1;
        PyErr_Clear();
        return dflt;
    }
    if (r == Py_NotImplemented) {
        Py_DECREF(r);
        return dflt;
    }
    if (!PyLong_Check(r)) {
        PyErr_Format(PyExc_TypeError, "__length_hint__ must be an integer, not %.100s",
                     rt_type_name(Py_TYPE(r)));
        Py_DECREF(r);
        return -1;
    }
    Py_ssize_t n = PyLong_AsSsize_t(r);
    Py_DECREF(r);
    if (n < 0 && PyErr_Occurred())
        return -1;
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

Py_ssize_t
PyObject_LengthHint(PyObject *o, Py_ssize_t dflt)
{
    if (rt_object_has_len(o)) {
        Py_ssize_t n = PyObject_Size(o);
        if (n >= 0)
            return n;
        if (!PyErr_ExceptionMatches(PyExc_TypeError))
            return -1;
        PyErr_Clear();
    }
    return call_length_hint(o, dflt);
}

// ---- the sequence iterator ------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    Py_ssize_t index;
    PyObject *seq; // NULL once exhausted, so that the sequence is released early
} SeqIterObject;

PyObject *
PySeqIter_New(PyObject *seq)
{
    SeqIterObject *it = PyObject_GC_New(SeqIterObject, &PySeqIter_Type);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = Py_NewRef(seq);
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static void
seqiter_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, seqiter_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_XDECREF(((SeqIterObject *)o)->seq);
    PyObject_GC_Del(o);
    rt_trashcan_end(tc);
}

static int
seqiter_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((SeqIterObject *)o)->seq);
    return 0;
}

static PyObject *
seqiter_next(PyObject *o)
{
    SeqIterObject *it = (SeqIterObject *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index == PY_SSIZE_T_MAX) {
        PyErr_SetString(PyExc_OverflowError, "iter index too large");
        return NULL;
    }
    PyObject *item = PySequence_GetItem(it->seq, it->index);
    if (item != NULL) {
        it->index++;
        return item;
    }
    if (PyErr_ExceptionMatches(PyExc_IndexError) || PyErr_ExceptionMatches(PyExc_StopIteration)) {
        PyErr_Clear();
        Py_CLEAR(it->seq);
    }
    return NULL;
}

static PyObject *
self_iter(PyObject *o)
{
    return Py_NewRef(o);
}

// __length_hint__: what len(seq) leaves, or NotImplemented for a sequence without a length.
static PyObject *
seqiter_length_hint(PyObject *o, PyObject *unused)
{
    SeqIterObject *it = (SeqIterObject *)o;
    if (it->seq == NULL)
        return PyLong_FromLong(0);
    if (!rt_object_has_len(it->seq))
        Py_RETURN_NOTIMPLEMENTED;
    Py_ssize_t n = PySequence_Size(it->seq);
    if (n == -1)
        return NULL;
    return PyLong_FromSsize_t(n - it->index >= 0 ? n - it->index : 0);
}

static PyMethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

PyTypeObject PySeqIter_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(SeqIterObject),
    .tp_dealloc = seqiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = seqiter_traverse,
    .tp_iter = self_iter,
    .tp_iternext = seqiter_next,
    .tp_methods = seqiter_methods,
};
