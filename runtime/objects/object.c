// object.c: the `object` type (the root of every class), deallocation, the default repr and
// hash, and the repr-recursion guard. Generic protocols over slots are in ../abstract.c.
#include "runtime/runtime.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/typeattr.h"

#ifdef RT_REF_DEBUG
Py_ssize_t rt_ref_total;
Py_ssize_t rt_live_objects;
#endif

void
rt_object_dealloc(PyObject *o)
{
    RT_LIVE_ADD(-1);
    Py_TYPE(o)->tp_dealloc(o);
}

void
rt_object_generic_dealloc(PyObject *o)
{
    // An instance of a class also holds its class; rt_subtype_dealloc drops that reference.
    Py_TYPE(o)->tp_free(o);
}

PyObject *
rt_object_default_repr(PyObject *o)
{
    PyTypeObject *t = Py_TYPE(o);
    // tp_name "module.Name" for types outside builtins; builtins' types carry no module. A
    // class shows its __module__ and __qualname__.
    if (!PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE))
        return PyUnicode_FromFormat("<%s object at %p>", t->tp_name, (void *)o);
    PyObject *name = rt_type_display_name(t);
    if (name == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("<%U object at %p>", name, (void *)o);
    Py_DECREF(name);
    return r;
}

Py_hash_t
PyObject_HashNotImplemented(PyObject *o)
{
    // The full tp_name, as CPython: 'types.SimpleNamespace'; a class's is its bare name.
    PyErr_Format(PyExc_TypeError, "unhashable type: '%.200s'", Py_TYPE(o)->tp_name);
    return -1;
}

static Py_hash_t
object_hash(PyObject *o)
{
    return rt_hash_pointer(o);
}

// object's comparison: == is identity, != is its negation unless __eq__ says NotImplemented;
// ordering is not defined.
static PyObject *
object_richcompare(PyObject *a, PyObject *b, int op)
{
    switch (op) {
    case Py_EQ:
        return Py_NewRef(a == b ? Py_True : Py_NotImplemented);
    case Py_NE: {
        richcmpfunc eq = Py_TYPE(a)->tp_richcompare;
        if (eq == NULL)
            return Py_NewRef(Py_NotImplemented);
        PyObject *r = eq(a, b, Py_EQ);
        if (r == NULL || r == Py_NotImplemented)
            return r;
        int truth = PyObject_IsTrue(r);
        Py_DECREF(r);
        if (truth < 0)
            return NULL;
        return PyBool_FromLong(!truth);
    }
    default:
        return Py_NewRef(Py_NotImplemented);
    }
}

static int
excess_args(PyObject *args, PyObject *kwds)
{
    return (args != NULL && PyTuple_GET_SIZE(args) > 0) ||
           (kwds != NULL && PyDict_Check(kwds) && PyDict_GET_SIZE(kwds) > 0);
}

static int object_init(PyObject *self, PyObject *args, PyObject *kwds);

static PyObject *
object_new(PyTypeObject *t, PyObject *args, PyObject *kwds)
{
    if (excess_args(args, kwds)) {
        if (t->tp_new != object_new) {
            PyErr_SetString(PyExc_TypeError,
                            "object.__new__() takes exactly one argument (the type to instantiate)");
            return NULL;
        }
        if (t->tp_init == object_init) {
            PyErr_Format(PyExc_TypeError, "%.200s() takes no arguments", rt_type_name(t));
            return NULL;
        }
    }
    PyObject *o = t->tp_alloc(t, 0);
    // Instances of classes are GC containers; tp_alloc leaves them untracked.
    if (o != NULL && PyObject_IS_GC(o))
        PyObject_GC_Track(o);
    return o;
}

static int
object_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    PyTypeObject *t = Py_TYPE(self);
    if (excess_args(args, kwds)) {
        if (t->tp_init != object_init) {
            PyErr_SetString(PyExc_TypeError,
                            "object.__init__() takes exactly one argument (the instance to "
                            "initialize)");
            return -1;
        }
        if (t->tp_new == object_new) {
            PyErr_Format(PyExc_TypeError,
                         "%.200s.__init__() takes exactly one argument (the instance to "
                         "initialize)",
                         rt_type_name(t));
            return -1;
        }
    }
    return 0;
}

static PyObject *
object_str(PyObject *o)
{
    reprfunc repr = Py_TYPE(o)->tp_repr;
    return repr != NULL ? repr(o) : rt_object_default_repr(o);
}

int
Py_ReprEnter(PyObject *o)
{
    RtThreadState *ts = rt_tstate();
    if (ts->repr_stack == NULL) {
        ts->repr_stack = PyList_New(0);
        if (ts->repr_stack == NULL)
            return -1;
    }
    PyObject *stack = ts->repr_stack;
    for (Py_ssize_t i = PyList_GET_SIZE(stack); --i >= 0;) {
        if (PyList_GET_ITEM(stack, i) == o)
            return 1;
    }
    return PyList_Append(stack, o) < 0 ? -1 : 0;
}

void
Py_ReprLeave(PyObject *o)
{
    // Keep any pending exception: this runs on error paths too.
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *stack = rt_tstate()->repr_stack;
    if (stack != NULL) {
        for (Py_ssize_t i = PyList_GET_SIZE(stack); --i >= 0;) {
            if (PyList_GET_ITEM(stack, i) == o) {
                PyList_SetSlice(stack, i, i + 1, NULL);
                break;
            }
        }
    }
    PyErr_SetRaisedException(exc);
}

PyTypeObject PyBaseObject_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "object",
    .tp_basicsize = sizeof(PyObject),
    .tp_dealloc = rt_object_generic_dealloc,
    .tp_repr = rt_object_default_repr,
    .tp_str = object_str,
    .tp_hash = object_hash,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_richcompare = object_richcompare,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
              "and returns a new featureless\ninstance that has no instance attributes and "
              "cannot be given any.\n",
    .tp_methods = rt_object_methods,
    .tp_getset = rt_object_getsets,
    .tp_init = object_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = object_new,
    .tp_free = PyObject_Free,
};
