// iter.c: the sequence iterator that iter() falls back to for objects with __getitem__ but no
// __iter__. The iterators of list, tuple, str, dict and set live with their types.
#include "runtime/runtime.h"

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

PyTypeObject PySeqIter_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(SeqIterObject),
    .tp_dealloc = seqiter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = seqiter_traverse,
    .tp_iter = self_iter,
    .tp_iternext = seqiter_next,
};
