// type.c: the `type` type: readying static types (slot inheritance, bases, MRO, version tags),
// instance allocation, and calling a type to make an instance. Class statements and the C3
// MRO of user classes come with the data-model issue.
#include <string.h>
#include "runtime/runtime.h"

static unsigned int next_version_tag = 1;

const char *
rt_type_name(PyTypeObject *t)
{
    const char *dot = strrchr(t->tp_name, '.');
    return dot != NULL ? dot + 1 : t->tp_name;
}

void
rt_type_modified(PyTypeObject *t)
{
    // Subclass lists arrive with user classes; until then no static type changes after
    // start-up, so renewing the tag of t itself is all there is to do.
    t->tp_version_tag = next_version_tag++;
}

int
PyType_IsSubtype(PyTypeObject *a, PyTypeObject *b)
{
    if (a == b)
        return 1;
    PyObject *mro = a->tp_mro;
    if (mro != NULL) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(mro); i++) {
            if (PyTuple_GET_ITEM(mro, i) == (PyObject *)b)
                return 1;
        }
        return 0;
    }
    for (a = a->tp_base; a != NULL; a = a->tp_base) {
        if (a == b)
            return 1;
    }
    return b == &PyBaseObject_Type;
}

PyObject *
PyType_GenericAlloc(PyTypeObject *t, Py_ssize_t nitems)
{
    if (PyType_HasFeature(t, Py_TPFLAGS_HAVE_GC))
        return t->tp_itemsize ? rt_gc_new_var(t, nitems) : rt_gc_new(t);
    size_t size = (size_t)t->tp_basicsize;
    if (t->tp_itemsize) {
        if (nitems < 0 || (size_t)nitems > (PY_SSIZE_T_MAX - size) / (size_t)t->tp_itemsize)
            return PyErr_NoMemory();
        size += (size_t)nitems * (size_t)t->tp_itemsize;
    }
    PyObject *o = PyObject_Calloc(1, size);
    if (o == NULL)
        return PyErr_NoMemory();
    o->ob_refcnt = 1;
    o->ob_type = t;
    if (t->tp_itemsize)
        Py_SET_SIZE(o, nitems);
    if (PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE))
        Py_INCREF(t);
    return o;
}

PyObject *
PyType_GenericNew(PyTypeObject *t, PyObject *args, PyObject *kwds)
{
    return t->tp_alloc(t, 0);
}

// Copy each slot the subtype leaves NULL from its base. Slot tables (tp_as_number ...) are
// inherited whole when missing and slot by slot when both types have one.
#define INHERIT(field)                                                                         \
    do {                                                                                       \
        if (t->field == NULL)                                                                  \
            t->field = base->field;                                                            \
    } while (0)

static void
inherit_number_slots(PyNumberMethods *n, const PyNumberMethods *b)
{
    // PyNumberMethods is an array of function pointers in all but name.
    void **dst = (void **)n;
    void *const *src = (void *const *)b;
    for (size_t i = 0; i < sizeof *n / sizeof(void *); i++) {
        if (dst[i] == NULL)
            dst[i] = src[i];
    }
}

static void
inherit_slots(PyTypeObject *t, PyTypeObject *base)
{
    // A subtype that adds no fields has its base's layout.
    if (t->tp_basicsize == 0)
        t->tp_basicsize = base->tp_basicsize;
    if (t->tp_itemsize == 0)
        t->tp_itemsize = base->tp_itemsize;
    if (t->tp_as_number == NULL)
        t->tp_as_number = base->tp_as_number;
    else if (base->tp_as_number != NULL)
        inherit_number_slots(t->tp_as_number, base->tp_as_number);
    if (t->tp_as_sequence == NULL)
        t->tp_as_sequence = base->tp_as_sequence;
    if (t->tp_as_mapping == NULL)
        t->tp_as_mapping = base->tp_as_mapping;
    INHERIT(tp_dealloc);
    INHERIT(tp_repr);
    INHERIT(tp_str);
    INHERIT(tp_getattro);
    INHERIT(tp_setattro);
    INHERIT(tp_call);
    INHERIT(tp_iter);
    INHERIT(tp_iternext);
    INHERIT(tp_descr_get);
    INHERIT(tp_descr_set);
    INHERIT(tp_init);
    INHERIT(tp_alloc);
    INHERIT(tp_is_gc);
    INHERIT(tp_finalize);
    // Hash and comparison go together: a type that defines how to compare must say how
    // to hash, else it is unhashable (as CPython's __eq__ without __hash__).
    if (t->tp_richcompare == NULL && t->tp_hash == NULL) {
        t->tp_richcompare = base->tp_richcompare;
        t->tp_hash = base->tp_hash;
    }
    if (!PyType_HasFeature(t, Py_TPFLAGS_DISALLOW_INSTANTIATION))
        INHERIT(tp_new);
    if (PyType_HasFeature(t, Py_TPFLAGS_HAVE_GC) == PyType_HasFeature(base, Py_TPFLAGS_HAVE_GC))
        INHERIT(tp_free);
    if (PyType_HasFeature(base, Py_TPFLAGS_HAVE_GC) && !PyType_HasFeature(t, Py_TPFLAGS_HAVE_GC)
        && t->tp_traverse == NULL && t->tp_clear == NULL) {
        t->tp_flags |= Py_TPFLAGS_HAVE_GC;
        t->tp_traverse = base->tp_traverse;
        t->tp_clear = base->tp_clear;
    }
    // The fast subclass bits (LONG_SUBCLASS ... TYPE_SUBCLASS) pass down.
    t->tp_flags |= base->tp_flags & (Py_TPFLAGS_LONG_SUBCLASS | Py_TPFLAGS_LIST_SUBCLASS |
                                     Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_BYTES_SUBCLASS |
                                     Py_TPFLAGS_UNICODE_SUBCLASS | Py_TPFLAGS_DICT_SUBCLASS |
                                     Py_TPFLAGS_BASE_EXC_SUBCLASS | Py_TPFLAGS_TYPE_SUBCLASS);
}

// (t,) + base.__mro__ for single inheritance.
static PyObject *
linear_mro(PyTypeObject *t)
{
    PyObject *base_mro = t->tp_base ? t->tp_base->tp_mro : NULL;
    Py_ssize_t n = base_mro ? PyTuple_GET_SIZE(base_mro) : 0;
    PyObject *mro = PyTuple_New(n + 1);
    if (mro == NULL)
        return NULL;
    PyTuple_SET_ITEM(mro, 0, Py_NewRef(t));
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(mro, i + 1, Py_NewRef(PyTuple_GET_ITEM(base_mro, i)));
    return mro;
}

int
PyType_Ready(PyTypeObject *t)
{
    if (PyType_HasFeature(t, Py_TPFLAGS_READY))
        return 0;
    if (PyType_HasFeature(t, Py_TPFLAGS_READYING))
        Py_FatalError("PyType_Ready: type readied recursively");
    t->tp_flags |= Py_TPFLAGS_READYING;
    if (Py_TYPE(t) == NULL)
        Py_SET_TYPE(t, &PyType_Type);
    if (t->tp_base == NULL && t != &PyBaseObject_Type)
        t->tp_base = &PyBaseObject_Type;
    PyTypeObject *base = t->tp_base;
    if (base != NULL) {
        if (PyType_Ready(base) < 0)
            goto fail;
        inherit_slots(t, base);
    }
    if (t->tp_free == NULL)
        t->tp_free = PyType_HasFeature(t, Py_TPFLAGS_HAVE_GC) ? PyObject_GC_Del : PyObject_Free;
    if (t->tp_bases == NULL) {
        t->tp_bases = base ? PyTuple_Pack(1, (PyObject *)base) : PyTuple_New(0);
        if (t->tp_bases == NULL)
            goto fail;
    }
    if (t->tp_mro == NULL) {
        t->tp_mro = linear_mro(t);
        if (t->tp_mro == NULL)
            goto fail;
    }
    t->tp_version_tag = next_version_tag++;
    t->tp_flags = (t->tp_flags & ~Py_TPFLAGS_READYING) | Py_TPFLAGS_READY |
                  Py_TPFLAGS_VALID_VERSION_TAG;
    return 0;
fail:
    t->tp_flags &= ~Py_TPFLAGS_READYING;
    return -1;
}

static PyObject *
type_repr(PyObject *o)
{
    PyTypeObject *t = (PyTypeObject *)o;
    return PyUnicode_FromFormat("<class '%s'>", t->tp_name);
}

// Calling a type: type(x) gives x's type; otherwise tp_new, then tp_init if the result is an
// instance of the type.
static PyObject *
type_call(PyObject *callable, PyObject *args, PyObject *kwds)
{
    PyTypeObject *t = (PyTypeObject *)callable;
    if (t == &PyType_Type) {
        Py_ssize_t nargs = PyTuple_GET_SIZE(args);
        if (nargs == 1 && (kwds == NULL || PyDict_GET_SIZE(kwds) == 0))
            return Py_NewRef(Py_TYPE(PyTuple_GET_ITEM(args, 0)));
        if (nargs != 3) {
            PyErr_SetString(PyExc_TypeError, "type() takes 1 or 3 arguments");
            return NULL;
        }
    }
    if (t->tp_new == NULL) {
        PyErr_Format(PyExc_TypeError, "cannot create '%s' instances", t->tp_name);
        return NULL;
    }
    PyObject *obj = t->tp_new(t, args, kwds);
    if (obj == NULL || !PyObject_TypeCheck(obj, t))
        return obj;
    t = Py_TYPE(obj);
    if (t->tp_init != NULL && t->tp_init(obj, args, kwds) < 0) {
        Py_DECREF(obj);
        return NULL;
    }
    return obj;
}

static PyObject *
type_new(PyTypeObject *meta, PyObject *args, PyObject *kwds)
{
    PyErr_SetString(PyExc_TypeError, "type() with 3 arguments is not supported yet");
    return NULL;
}

static void
type_dealloc(PyObject *o)
{
    // Only heap types (user classes, later) are ever deallocated.
    Py_FatalError("deallocating a static type");
}

PyTypeObject PyType_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "type",
    .tp_basicsize = sizeof(PyTypeObject),
    .tp_dealloc = type_dealloc,
    .tp_repr = type_repr,
    .tp_call = type_call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TYPE_SUBCLASS,
    .tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .tp_new = type_new,
};
