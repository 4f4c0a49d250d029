// enumerate.c: the enumerate and reversed types. reversed() of list, range and dict returns
// their own reverse iterators (list.c, range.c, dictview.c); the `reversed` type here walks
// any other sequence backwards through its item protocol.
#include "runtime/runtime.h"
#include "runtime/objects/enumerate.h"
#include "runtime/objects/range.h"
#include "runtime/objects/descr.h"

// ---- enumerate -------------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    Py_ssize_t index;  // the next index while it fits
    PyObject *iter;    // the underlying iterator
    PyObject *big;     // the next index as an int once it no longer fits, else NULL
} EnumObject;

static PyObject *
enum_alloc(PyTypeObject *type, PyObject *iterable, PyObject *start)
{
    PyObject *istart = NULL;
    Py_ssize_t index = 0;
    if (start != NULL) {
        istart = PyNumber_Index(start);
        if (istart == NULL)
            return NULL;
        int overflow = 0;
        index = PyLong_AsLongAndOverflow(istart, &overflow);
        if (!overflow)
            Py_CLEAR(istart);
    }
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL) {
        Py_XDECREF(istart);
        return NULL;
    }
    EnumObject *en = (EnumObject *)type->tp_alloc(type, 0);
    if (en == NULL) {
        Py_DECREF(it);
        Py_XDECREF(istart);
        return NULL;
    }
    en->index = index;
    en->iter = it;
    en->big = istart;
    PyObject_GC_Track(en);
    return (PyObject *)en;
}

PyObject *
rt_enumerate_new(PyObject *iterable, PyObject *start)
{
    return enum_alloc(&PyEnum_Type, iterable, start);
}

// ---- arguments --------------------------------------------------------------------------------
// enumerate(iterable, start=0). CPython checks calls of enumerate itself in a hand-written
// vectorcall and those of subclasses with argument clinic; their error messages differ, so
// both are kept. Arguments arrive here in vectorcall form: v[0 .. nargs) positional, then the
// values of the keywords named in kwnames.

static int
is_keyword(PyObject *kwnames, Py_ssize_t i, const char *name)
{
    PyObject *kw = PyTuple_GET_ITEM(kwnames, i);
    if (rt_str_equal_ascii(kw, name))
        return 1;
    PyErr_Format(PyExc_TypeError, "'%S' is an invalid keyword argument for enumerate()", kw);
    return 0;
}

// CPython's enum_vectorcall: out[0] receives the iterable, out[1] the start (or NULL).
static int
parse_exact(PyObject *const *v, Py_ssize_t nargs, PyObject *kwnames, PyObject **out)
{
    Py_ssize_t nkw = kwnames != NULL ? PyTuple_GET_SIZE(kwnames) : 0;
    if (nargs + nkw == 2) {
        if (nkw == 1 && !is_keyword(kwnames, 0, "start"))
            return -1;
        if (nkw == 2 && rt_str_equal_ascii(PyTuple_GET_ITEM(kwnames, 0), "start")) {
            if (!is_keyword(kwnames, 1, "iterable"))
                return -1;
            out[0] = v[1];
            out[1] = v[0];
            return 0;
        }
        if (nkw == 2 && (!is_keyword(kwnames, 0, "iterable") || !is_keyword(kwnames, 1, "start")))
            return -1;
        out[0] = v[0];
        out[1] = v[1];
        return 0;
    }
    if (nargs + nkw == 1) {
        if (nkw == 1 && !is_keyword(kwnames, 0, "iterable"))
            return -1;
        out[0] = v[0];
        return 0;
    }
    if (nargs == 0)
        PyErr_SetString(PyExc_TypeError, "enumerate() missing required argument 'iterable'");
    else
        PyErr_Format(PyExc_TypeError, "enumerate() takes at most 2 arguments (%zd given)",
                     nargs + nkw);
    return -1;
}

static int
parse_clinic(PyObject *const *v, Py_ssize_t nargs, PyObject *kwnames, PyObject **out)
{
    static const char *const names[] = {"iterable", "start"};
    static const RtArgSpec spec = {"enumerate", names, 2, 0, 1, 2, 0};
    return rt_call_unpack(&spec, v, nargs, kwnames, out);
}

static PyObject *
enum_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Py_ssize_t nargs = PyTuple_GET_SIZE(args), nkw = kwds != NULL ? PyDict_GET_SIZE(kwds) : 0;
    PyObject **v = PyMem_Malloc(sizeof(PyObject *) * (size_t)(nargs + nkw + 1));
    PyObject *kwnames = nkw > 0 ? PyTuple_New(nkw) : NULL, *r = NULL;
    if (v == NULL || (nkw > 0 && kwnames == NULL)) {
        if (v == NULL)
            PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        v[i] = PyTuple_GET_ITEM(args, i);
    Py_ssize_t pos = 0, k = 0;
    PyObject *key, *value;
    while (nkw > 0 && PyDict_Next(kwds, &pos, &key, &value)) {
        PyTuple_SET_ITEM(kwnames, k, Py_NewRef(key));
        v[nargs + k++] = value;
    }
    PyObject *out[2] = {NULL, NULL};
    int err = type == &PyEnum_Type ? parse_exact(v, nargs, kwnames, out)
                                   : parse_clinic(v, nargs, kwnames, out);
    if (err == 0)
        r = enum_alloc(type, out[0], out[1]);
done:
    PyMem_Free(v);
    Py_XDECREF(kwnames);
    return r;
}

static void
enum_dealloc(PyObject *o)
{
    EnumObject *en = (EnumObject *)o;
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, enum_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_XDECREF(en->iter);
    Py_XDECREF(en->big);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
enum_traverse(PyObject *o, visitproc visit, void *arg)
{
    EnumObject *en = (EnumObject *)o;
    Py_VISIT(en->iter);
    Py_VISIT(en->big);
    return 0;
}

static int
enum_clear(PyObject *o)
{
    EnumObject *en = (EnumObject *)o;
    Py_CLEAR(en->iter);
    Py_CLEAR(en->big);
    return 0;
}

// The next index as an int, advancing the counter (into an int once the word is used up).
static PyObject *
next_index(EnumObject *en)
{
    if (en->big == NULL && en->index < PY_SSIZE_T_MAX)
        return PyLong_FromSsize_t(en->index++);
    if (en->big == NULL) {
        en->big = PyLong_FromSsize_t(PY_SSIZE_T_MAX);
        if (en->big == NULL)
            return NULL;
    }
    PyObject *one = PyLong_FromLong(1);
    PyObject *next = PyNumber_Add(en->big, one);
    if (next == NULL)
        return NULL;
    PyObject *cur = en->big;
    en->big = next;
    return cur;
}

static PyObject *
enum_next(PyObject *o)
{
    EnumObject *en = (EnumObject *)o;
    if (en->iter == NULL)
        return NULL;
    PyObject *item = Py_TYPE(en->iter)->tp_iternext(en->iter);
    if (item == NULL)
        return NULL;
    PyObject *index = next_index(en);
    if (index == NULL) {
        Py_DECREF(item);
        return NULL;
    }
    PyObject *pair[2] = {index, item};
    return rt_tuple_from_array_steal(pair, 2);
}

static PyObject *
self_iter(PyObject *o)
{
    return Py_NewRef(o);
}

static PyMethodDef enum_methods[] = {
    RT_CLASS_GETITEM_METHOD,
    {NULL},
};

PyTypeObject PyEnum_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(EnumObject),
    .tp_dealloc = enum_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Return an enumerate object.",
    .tp_traverse = enum_traverse,
    .tp_clear = enum_clear,
    .tp_iter = self_iter,
    .tp_iternext = enum_next,
    .tp_methods = enum_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = enum_new,
    .tp_free = PyObject_GC_Del,
};

// ---- reversed --------------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    Py_ssize_t index; // the next index to fetch; -1 when done
    PyObject *seq;    // NULL once exhausted
} ReversedObject;

static PyObject *
not_reversible(PyObject *seq)
{
    return PyErr_Format(PyExc_TypeError, "'%.200s' object is not reversible",
                        rt_type_name(Py_TYPE(seq)));
}

// The iterator seq's type provides through __reversed__: a new reference; NULL with no
// error set when it has none.
static PyObject *
special_reversed(PyObject *seq)
{
    if (PyList_CheckExact(seq))
        return rt_list_reversed(seq);
    if (PyRange_Check(seq))
        return rt_range_reversed(seq);
    if (PyDict_CheckExact(seq))
        return rt_dictview_iter_new(seq, &rt_dict_reversekeyiterator_type);
    // Built-in sequences without __reversed__ need no attribute search.
    if (PyTuple_CheckExact(seq) || PyUnicode_CheckExact(seq) || PyBytes_CheckExact(seq))
        return NULL;
    PyObject *name = PyUnicode_InternFromString("__reversed__");
    PyObject *meth = name != NULL ? rt_type_lookup_special(seq, name) : NULL;
    Py_XDECREF(name);
    if (meth == NULL)
        return NULL;
    if (meth == Py_None) {
        Py_DECREF(meth);
        return not_reversible(seq);
    }
    PyObject *r = PyObject_CallNoArgs(meth);
    Py_DECREF(meth);
    return r;
}

static PyObject *
reversed_alloc(PyTypeObject *type, PyObject *seq)
{
    if (type == &PyReversed_Type) {
        PyObject *r = special_reversed(seq);
        if (r != NULL || PyErr_Occurred())
            return r;
    }
    if (!PySequence_Check(seq))
        return not_reversible(seq);
    Py_ssize_t n = PySequence_Size(seq);
    if (n < 0)
        return NULL;
    ReversedObject *ro = (ReversedObject *)type->tp_alloc(type, 0);
    if (ro == NULL)
        return NULL;
    ro->index = n - 1;
    ro->seq = Py_NewRef(seq);
    PyObject_GC_Track(ro);
    return (PyObject *)ro;
}

PyObject *
rt_reversed_new(PyObject *seq)
{
    return reversed_alloc(&PyReversed_Type, seq);
}

static PyObject *
reversed_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (type == &PyReversed_Type && !rt_arg_no_keywords("reversed", kwds))
        return NULL;
    PyObject *seq;
    if (!PyArg_UnpackTuple(args, "reversed", 1, 1, &seq))
        return NULL;
    return reversed_alloc(type, seq);
}

static void
reversed_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, reversed_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_XDECREF(((ReversedObject *)o)->seq);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
reversed_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((ReversedObject *)o)->seq);
    return 0;
}

static int
reversed_clear(PyObject *o)
{
    Py_CLEAR(((ReversedObject *)o)->seq);
    return 0;
}

static PyObject *
reversed_next(PyObject *o)
{
    ReversedObject *ro = (ReversedObject *)o;
    if (ro->index >= 0 && ro->seq != NULL) {
        PyObject *item = PySequence_GetItem(ro->seq, ro->index);
        if (item != NULL) {
            ro->index--;
            return item;
        }
        // IndexError and StopIteration end the iteration quietly; any other error ends it
        // too, but is reported.
        if (PyErr_ExceptionMatches(PyExc_IndexError) ||
            PyErr_ExceptionMatches(PyExc_StopIteration))
            PyErr_Clear();
    }
    ro->index = -1;
    Py_CLEAR(ro->seq);
    return NULL;
}

Py_ssize_t
rt_reversed_length_hint(PyObject *o)
{
    ReversedObject *ro = (ReversedObject *)o;
    if (ro->seq == NULL)
        return 0;
    Py_ssize_t n = PySequence_Size(ro->seq);
    if (n < 0)
        return -1;
    return ro->index < n ? ro->index + 1 : 0;
}

static PyObject *
reversed_length_hint(PyObject *o, PyObject *unused)
{
    Py_ssize_t n = rt_reversed_length_hint(o);
    return n < 0 ? NULL : PyLong_FromSsize_t(n);
}

static PyMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyReversed_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "reversed",
    .tp_basicsize = sizeof(ReversedObject),
    .tp_dealloc = reversed_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Return a reverse iterator over the values of the given sequence.",
    .tp_traverse = reversed_traverse,
    .tp_clear = reversed_clear,
    .tp_iter = self_iter,
    .tp_iternext = reversed_next,
    .tp_methods = reversed_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = reversed_new,
    .tp_free = PyObject_GC_Del,
};
