// none.c: the None and NotImplemented singletons and their types. Ellipsis lives with
// slices in slice.c, as in CPython.
#include "runtime/runtime.h"

PyObject rt_none_object = PyObject_HEAD_INIT(&PyNone_Type);
PyObject rt_notimplemented_object = PyObject_HEAD_INIT(&PyNotImplemented_Type);

static PyObject *
none_repr(PyObject *o)
{
    return PyUnicode_FromString("None");
}

static int
none_bool(PyObject *o)
{
    return 0;
}

static PyObject *
none_new(PyTypeObject *t, PyObject *args, PyObject *kwds)
{
    if (PyTuple_GET_SIZE(args) || (kwds != NULL && PyDict_GET_SIZE(kwds))) {
        PyErr_SetString(PyExc_TypeError, "NoneType takes no arguments");
        return NULL;
    }
    return Py_None;
}

// None is never deallocated: its count starts at RT_IMMORTAL_REFCNT.
static void
singleton_dealloc(PyObject *o)
{
    Py_FatalError("deallocating an immortal singleton");
}

static PyNumberMethods none_as_number = {
    .nb_bool = none_bool,
};

PyTypeObject PyNone_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "NoneType",
    .tp_basicsize = sizeof(PyObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = none_repr,
    .tp_as_number = &none_as_number,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = none_new,
};

static PyObject *
notimplemented_repr(PyObject *o)
{
    return PyUnicode_FromString("NotImplemented");
}

static PyObject *
notimplemented_new(PyTypeObject *t, PyObject *args, PyObject *kwds)
{
    if (PyTuple_GET_SIZE(args) || (kwds != NULL && PyDict_GET_SIZE(kwds))) {
        PyErr_SetString(PyExc_TypeError, "NotImplementedType takes no arguments");
        return NULL;
    }
    return Py_NotImplemented;
}

PyTypeObject PyNotImplemented_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "NotImplementedType",
    .tp_basicsize = sizeof(PyObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = notimplemented_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = notimplemented_new,
};
