// bool.c: the bool type and its two immortal instances. bool subclasses int with the same
// layout; everything but repr, construction and the bool-preserving & | ^ is int's (int.c).
#include "runtime/runtime.h"

PyLongObject rt_true_object = {PyObject_HEAD_INIT(&PyBool_Type), 1, NULL};
PyLongObject rt_false_object = {PyObject_HEAD_INIT(&PyBool_Type), 0, NULL};

PyObject *
PyBool_FromLong(long v)
{
    return Py_NewRef(v ? Py_True : Py_False);
}

static PyObject *
bool_repr(PyObject *o)
{
    return PyUnicode_FromString(o == Py_True ? "True" : "False");
}

static PyObject *
bool_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    PyObject *x = Py_False;
    if (!rt_arg_no_keywords("bool", kwargs))
        return NULL;
    if (!PyArg_UnpackTuple(args, "bool", 0, 1, &x))
        return NULL;
    int truth = PyObject_IsTrue(x);
    if (truth < 0)
        return NULL;
    return PyBool_FromLong(truth);
}

// The only two instances are immortal: reaching zero means a reference count bug.
static void
bool_dealloc(PyObject *o)
{
    Py_FatalError("deallocating True or False");
}

// & | ^ of two bools stay bools; any other pair is int arithmetic.
static PyObject *
bool_and(PyObject *a, PyObject *b)
{
    if (!PyBool_Check(a) || !PyBool_Check(b))
        return PyLong_Type.tp_as_number->nb_and(a, b);
    return PyBool_FromLong(a == Py_True && b == Py_True);
}

static PyObject *
bool_or(PyObject *a, PyObject *b)
{
    if (!PyBool_Check(a) || !PyBool_Check(b))
        return PyLong_Type.tp_as_number->nb_or(a, b);
    return PyBool_FromLong(a == Py_True || b == Py_True);
}

static PyObject *
bool_xor(PyObject *a, PyObject *b)
{
    if (!PyBool_Check(a) || !PyBool_Check(b))
        return PyLong_Type.tp_as_number->nb_xor(a, b);
    return PyBool_FromLong((a == Py_True) != (b == Py_True));
}

// The other number slots are inherited from int by PyType_Ready.
static PyNumberMethods bool_as_number = {
    .nb_and = bool_and,
    .nb_xor = bool_xor,
    .nb_or = bool_or,
};

PyTypeObject PyBool_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "bool",
    .tp_basicsize = sizeof(PyLongObject),
    .tp_dealloc = bool_dealloc,
    .tp_repr = bool_repr,
    .tp_as_number = &bool_as_number,
    // not BASETYPE: True and False are the only instances there may be
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_LONG_SUBCLASS,
    .tp_doc = "bool(x) -> bool\n"
              "\n"
              "Returns True when the argument x is true, False otherwise.\n"
              "The builtins True and False are the only two instances of the class bool.\n"
              "The class bool is a subclass of the class int, and cannot be subclassed.",
    .tp_base = &PyLong_Type,
    .tp_new = bool_new,
};
