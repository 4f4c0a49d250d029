// mappingproxy.c: mappingproxy, the read-only view of a mapping that type.__dict__ returns.
// Reads go to the mapping; there is no way to write through it.
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/descr.h"

typedef struct {
    PyObject_HEAD
    PyObject *mapping;
} ProxyObject;

static inline PyObject *
mapping_of(PyObject *o)
{
    return ((ProxyObject *)o)->mapping;
}

static int
check_mapping(PyObject *mapping)
{
    PyMappingMethods *mp = Py_TYPE(mapping)->tp_as_mapping;
    if (mp == NULL || mp->mp_subscript == NULL || PyList_Check(mapping) ||
        PyTuple_Check(mapping)) {
        PyErr_Format(PyExc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                     Py_TYPE(mapping)->tp_name);
        return -1;
    }
    return 0;
}

PyObject *
PyDictProxy_New(PyObject *mapping)
{
    if (check_mapping(mapping) < 0)
        return NULL;
    ProxyObject *p = (ProxyObject *)rt_gc_new(&PyDictProxy_Type);
    if (p == NULL)
        return NULL;
    p->mapping = Py_NewRef(mapping);
    PyObject_GC_Track(p);
    return (PyObject *)p;
}

static PyObject *
proxy_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *mapping = NULL;
    if (PyTuple_GET_SIZE(args) == 1 && (kwds == NULL || PyDict_GET_SIZE(kwds) == 0))
        mapping = PyTuple_GET_ITEM(args, 0);
    else if (PyTuple_GET_SIZE(args) == 0 && kwds != NULL && PyDict_GET_SIZE(kwds) == 1)
        mapping = PyDict_GetItemString(kwds, "mapping");
    if (mapping == NULL) {
        if (PyTuple_GET_SIZE(args) + (kwds != NULL ? PyDict_GET_SIZE(kwds) : 0) > 1)
            PyErr_Format(PyExc_TypeError, "mappingproxy() takes at most 1 argument (%zd given)",
                         PyTuple_GET_SIZE(args) + (kwds != NULL ? PyDict_GET_SIZE(kwds) : 0));
        else
            PyErr_SetString(PyExc_TypeError,
                            "mappingproxy() missing required argument 'mapping' (pos 1)");
        return NULL;
    }
    return PyDictProxy_New(mapping);
}

static void
proxy_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, proxy_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_XDECREF(mapping_of(o));
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
proxy_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(mapping_of(o));
    return 0;
}

static Py_ssize_t
proxy_len(PyObject *o)
{
    return PyObject_Size(mapping_of(o));
}

static PyObject *
proxy_getitem(PyObject *o, PyObject *key)
{
    return PyObject_GetItem(mapping_of(o), key);
}

static int
proxy_contains(PyObject *o, PyObject *key)
{
    if (PyDict_CheckExact(mapping_of(o)))
        return PyDict_Contains(mapping_of(o), key);
    return PySequence_Contains(mapping_of(o), key);
}

static PyObject *
proxy_iter(PyObject *o)
{
    return PyObject_GetIter(mapping_of(o));
}

static PyObject *
proxy_repr(PyObject *o)
{
    return PyUnicode_FromFormat("mappingproxy(%R)", mapping_of(o));
}

static PyObject *
proxy_str(PyObject *o)
{
    return PyObject_Str(mapping_of(o));
}

static PyObject *
proxy_richcompare(PyObject *a, PyObject *b, int op)
{
    return PyObject_RichCompare(mapping_of(a), b, op);
}

// proxy | other gives a new dict: the operands are unwrapped first.
static PyObject *
proxy_or(PyObject *a, PyObject *b)
{
    if (Py_IS_TYPE(a, &PyDictProxy_Type))
        a = mapping_of(a);
    if (Py_IS_TYPE(b, &PyDictProxy_Type))
        b = mapping_of(b);
    return PyNumber_Or(a, b);
}

static PyObject *
proxy_ior(PyObject *a, PyObject *b)
{
    PyErr_Format(PyExc_TypeError, "'|=' is not supported by %s; use '|' instead",
                 Py_TYPE(a)->tp_name);
    return NULL;
}

// Forward m.name(*args) to the mapping; dicts answer directly.
static PyObject *
forward(PyObject *o, const char *name, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *meth = PyUnicode_InternFromString(name);
    if (meth == NULL)
        return NULL;
    PyObject *stack[3] = {mapping_of(o), nargs > 0 ? args[0] : NULL, nargs > 1 ? args[1] : NULL};
    return PyObject_VectorcallMethod(meth, stack, (size_t)(nargs + 1), NULL);
}

static PyObject *
proxy_get(PyObject *o, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1 || nargs > 2) {
        PyErr_Format(PyExc_TypeError, "get expected %s%s, got %zd",
                     nargs < 1 ? "at least 1 argument" : "at most 2 arguments", "", nargs);
        return NULL;
    }
    if (PyDict_CheckExact(mapping_of(o))) {
        PyObject *v = PyDict_GetItemWithError(mapping_of(o), args[0]);
        if (v == NULL && PyErr_Occurred())
            return NULL;
        return Py_NewRef(v != NULL ? v : nargs == 2 ? args[1] : Py_None);
    }
    return forward(o, "get", args, nargs);
}

static PyObject *
proxy_keys(PyObject *o, PyObject *unused)
{
    if (PyDict_CheckExact(mapping_of(o)))
        return rt_dictview_new(mapping_of(o), &rt_dict_keys_type);
    return forward(o, "keys", NULL, 0);
}

static PyObject *
proxy_values(PyObject *o, PyObject *unused)
{
    if (PyDict_CheckExact(mapping_of(o)))
        return rt_dictview_new(mapping_of(o), &rt_dict_values_type);
    return forward(o, "values", NULL, 0);
}

static PyObject *
proxy_items(PyObject *o, PyObject *unused)
{
    if (PyDict_CheckExact(mapping_of(o)))
        return rt_dictview_new(mapping_of(o), &rt_dict_items_type);
    return forward(o, "items", NULL, 0);
}

static PyObject *
proxy_copy(PyObject *o, PyObject *unused)
{
    if (PyDict_CheckExact(mapping_of(o)))
        return PyDict_Copy(mapping_of(o));
    return forward(o, "copy", NULL, 0);
}

static PyMethodDef proxy_methods[] = {
    {"get", (PyCFunction)(void (*)(void))proxy_get, METH_FASTCALL,
     "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", proxy_keys, METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", proxy_values, METH_NOARGS, "D.values() -> an object providing a view on D's values"},
    {"items", proxy_items, METH_NOARGS, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", proxy_copy, METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {NULL},
};

static PyMappingMethods proxy_as_mapping = {
    .mp_length = proxy_len,
    .mp_subscript = proxy_getitem,
};

static PySequenceMethods proxy_as_sequence = {
    .sq_contains = proxy_contains,
};

static PyNumberMethods proxy_as_number = {
    .nb_or = proxy_or,
    .nb_inplace_or = proxy_ior,
};

PyTypeObject PyDictProxy_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "mappingproxy",
    .tp_basicsize = sizeof(ProxyObject),
    .tp_dealloc = proxy_dealloc,
    .tp_repr = proxy_repr,
    .tp_as_number = &proxy_as_number,
    .tp_as_sequence = &proxy_as_sequence,
    .tp_as_mapping = &proxy_as_mapping,
    .tp_str = proxy_str,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_MAPPING,
    .tp_traverse = proxy_traverse,
    .tp_richcompare = proxy_richcompare,
    .tp_iter = proxy_iter,
    .tp_methods = proxy_methods,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = proxy_new,
    .tp_free = PyObject_GC_Del,
};
