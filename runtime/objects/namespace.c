// namespace.c: types.SimpleNamespace: attributes in an instance dict reached through
// tp_dictoffset (so the generic getattr/setattr apply), keyword construction, an
// insertion-ordered repr guarded against self-reference, and equality of the dicts.
#include <stddef.h>
#include "runtime/runtime.h"
#include "runtime/objects/namespace.h"
#include "runtime/objects/typeattr.h"

typedef struct {
    PyObject_HEAD
    PyObject *ns_dict;
} NamespaceObject;

static PyObject *
namespace_alloc(PyTypeObject *type)
{
    NamespaceObject *ns = (NamespaceObject *)type->tp_alloc(type, 0);
    if (ns == NULL)
        return NULL;
    ns->ns_dict = PyDict_New();
    if (ns->ns_dict == NULL) {
        Py_DECREF(ns);
        return NULL;
    }
    PyObject_GC_Track(ns);
    return (PyObject *)ns;
}

PyObject *
rt_namespace_new(PyObject *kwds)
{
    PyObject *ns = namespace_alloc(&PyNamespace_Type);
    if (ns != NULL && kwds != NULL && PyDict_Update(((NamespaceObject *)ns)->ns_dict, kwds) < 0)
        Py_CLEAR(ns);
    return ns;
}

static PyObject *
namespace_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    return namespace_alloc(type);
}

static int
namespace_init(PyObject *o, PyObject *args, PyObject *kwds)
{
    if (PyTuple_GET_SIZE(args) != 0) {
        PyErr_SetString(PyExc_TypeError, "no positional arguments expected");
        return -1;
    }
    if (kwds == NULL)
        return 0;
    Py_ssize_t pos = 0;
    PyObject *key;
    while (PyDict_Next(kwds, &pos, &key, NULL)) {
        if (!PyUnicode_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "keywords must be strings");
            return -1;
        }
    }
    return PyDict_Update(((NamespaceObject *)o)->ns_dict, kwds);
}

static void
namespace_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, namespace_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_CLEAR(((NamespaceObject *)o)->ns_dict);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
namespace_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((NamespaceObject *)o)->ns_dict);
    return 0;
}

static int
namespace_clear(PyObject *o)
{
    Py_CLEAR(((NamespaceObject *)o)->ns_dict);
    return 0;
}

// "name=repr(value)" for each str key, joined with ", ".
static PyObject *
items_text(PyObject *d)
{
    PyObject *parts = PyList_New(0);
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (parts != NULL && PyDict_Next(d, &pos, &key, &value)) {
        if (!PyUnicode_Check(key))
            continue;
        PyObject *s = PyUnicode_FromFormat("%U=%R", key, value);
        if (s == NULL || PyList_Append(parts, s) < 0)
            Py_CLEAR(parts);
        Py_XDECREF(s);
    }
    if (parts == NULL)
        return NULL;
    PyObject *sep = PyUnicode_FromString(", ");
    PyObject *r = sep ? PyUnicode_Join(sep, parts) : NULL;
    Py_XDECREF(sep);
    Py_DECREF(parts);
    return r;
}

static PyObject *
namespace_repr(PyObject *o)
{
    const char *name = Py_IS_TYPE(o, &PyNamespace_Type) ? "namespace" : Py_TYPE(o)->tp_name;
    int entered = Py_ReprEnter(o);
    if (entered != 0)
        return entered > 0 ? PyUnicode_FromFormat("%s(...)", name) : NULL;
    PyObject *body = items_text(((NamespaceObject *)o)->ns_dict);
    PyObject *r = body ? PyUnicode_FromFormat("%s(%U)", name, body) : NULL;
    Py_XDECREF(body);
    Py_ReprLeave(o);
    return r;
}

static PyObject *
namespace_richcompare(PyObject *a, PyObject *b, int op)
{
    if (PyObject_TypeCheck(a, &PyNamespace_Type) && PyObject_TypeCheck(b, &PyNamespace_Type) &&
        (op == Py_EQ || op == Py_NE))
        return PyObject_RichCompare(((NamespaceObject *)a)->ns_dict,
                                    ((NamespaceObject *)b)->ns_dict, op);
    return Py_NewRef(Py_NotImplemented);
}

static PyGetSetDef namespace_getset[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PyTypeObject PyNamespace_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "types.SimpleNamespace",
    .tp_basicsize = sizeof(NamespaceObject),
    .tp_dealloc = namespace_dealloc,
    .tp_repr = namespace_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "A simple attribute-based namespace.",
    .tp_traverse = namespace_traverse,
    .tp_clear = namespace_clear,
    .tp_richcompare = namespace_richcompare,
    .tp_getset = namespace_getset,
    .tp_dictoffset = offsetof(NamespaceObject, ns_dict),
    .tp_init = namespace_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = namespace_new,
    .tp_free = PyObject_GC_Del,
};
