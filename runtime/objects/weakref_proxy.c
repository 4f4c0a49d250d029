// weakref_proxy.c: weakref.proxy objects: they act as their referent (attributes, operators,
// items, iteration, calls for the callable proxy) while it lives, and raise ReferenceError
// "weakly-referenced object no longer exists" after. Making, listing and clearing them is
// shared with `ref` objects (weakref.c).
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/weakref.h"

// The referent, as a new reference, or NULL with ReferenceError once it is gone.
static PyObject *
referent(PyObject *proxy)
{
    PyObject *o = ((PyWeakReference *)proxy)->wr_object;
    if (o == Py_None) {
        PyErr_SetString(PyExc_ReferenceError, "weakly-referenced object no longer exists");
        return NULL;
    }
    return Py_NewRef(o);
}

// o itself, or the referent of o when o is a proxy (new reference; NULL once gone).
static PyObject *
unwrap(PyObject *o)
{
    return PyWeakref_CheckProxy(o) ? referent(o) : Py_NewRef(o);
}

// ---- operators: each unwraps its operands and applies the abstract operation ----------------------

#define UNARY(name, op)                                                                            \
    static PyObject *name(PyObject *self)                                                          \
    {                                                                                              \
        PyObject *o = referent(self);                                                              \
        if (o == NULL)                                                                             \
            return NULL;                                                                           \
        PyObject *r = op(o);                                                                       \
        Py_DECREF(o);                                                                              \
        return r;                                                                                  \
    }

#define BINARY(name, op)                                                                           \
    static PyObject *name(PyObject *a, PyObject *b)                                                \
    {                                                                                              \
        PyObject *x = unwrap(a), *y = x != NULL ? unwrap(b) : NULL, *r = NULL;                     \
        if (y != NULL)                                                                             \
            r = op(x, y);                                                                          \
        Py_XDECREF(x);                                                                             \
        Py_XDECREF(y);                                                                             \
        return r;                                                                                  \
    }

// In-place forms apply to the referent and return its result, never the proxy: as in
// CPython, `p += x` rebinds p to the referent when the referent changed in place.
#define INPLACE(name, op) BINARY(name, op)

UNARY(proxy_str, PyObject_Str)
UNARY(proxy_neg, PyNumber_Negative)
UNARY(proxy_pos, PyNumber_Positive)
UNARY(proxy_abs, PyNumber_Absolute)
UNARY(proxy_invert, PyNumber_Invert)
UNARY(proxy_int, PyNumber_Long)
UNARY(proxy_float, PyNumber_Float)
UNARY(proxy_index, PyNumber_Index)
UNARY(proxy_iter, PyObject_GetIter)
BINARY(proxy_add, PyNumber_Add)
BINARY(proxy_sub, PyNumber_Subtract)
BINARY(proxy_mul, PyNumber_Multiply)
BINARY(proxy_mod, PyNumber_Remainder)
BINARY(proxy_divmod, PyNumber_Divmod)
BINARY(proxy_lshift, PyNumber_Lshift)
BINARY(proxy_rshift, PyNumber_Rshift)
BINARY(proxy_and, PyNumber_And)
BINARY(proxy_xor, PyNumber_Xor)
BINARY(proxy_or, PyNumber_Or)
BINARY(proxy_floordiv, PyNumber_FloorDivide)
BINARY(proxy_truediv, PyNumber_TrueDivide)
BINARY(proxy_matmul, PyNumber_MatrixMultiply)
BINARY(proxy_getitem, PyObject_GetItem)
INPLACE(proxy_iadd, PyNumber_InPlaceAdd)
INPLACE(proxy_isub, PyNumber_InPlaceSubtract)
INPLACE(proxy_imul, PyNumber_InPlaceMultiply)
INPLACE(proxy_imod, PyNumber_InPlaceRemainder)
INPLACE(proxy_ilshift, PyNumber_InPlaceLshift)
INPLACE(proxy_irshift, PyNumber_InPlaceRshift)
INPLACE(proxy_iand, PyNumber_InPlaceAnd)
INPLACE(proxy_ixor, PyNumber_InPlaceXor)
INPLACE(proxy_ior, PyNumber_InPlaceOr)
INPLACE(proxy_ifloordiv, PyNumber_InPlaceFloorDivide)
INPLACE(proxy_itruediv, PyNumber_InPlaceTrueDivide)
INPLACE(proxy_imatmul, PyNumber_InPlaceMatrixMultiply)

#define TERNARY(name, op)                                                                          \
    static PyObject *name(PyObject *a, PyObject *b, PyObject *c)                                   \
    {                                                                                              \
        PyObject *x = unwrap(a), *y = x ? unwrap(b) : NULL, *z = y ? unwrap(c) : NULL, *r = NULL;  \
        if (z != NULL)                                                                             \
            r = op(x, y, z);                                                                       \
        Py_XDECREF(x);                                                                             \
        Py_XDECREF(y);                                                                             \
        Py_XDECREF(z);                                                                             \
        return r;                                                                                  \
    }

TERNARY(proxy_pow, PyNumber_Power)
TERNARY(proxy_ipow, PyNumber_InPlacePower)

static int
proxy_bool(PyObject *self)
{
    PyObject *o = referent(self);
    if (o == NULL)
        return -1;
    int r = PyObject_IsTrue(o);
    Py_DECREF(o);
    return r;
}

static PyObject *
proxy_richcompare(PyObject *a, PyObject *b, int op)
{
    PyObject *x = unwrap(a), *y = x != NULL ? unwrap(b) : NULL, *r = NULL;
    if (y != NULL)
        r = PyObject_RichCompare(x, y, op);
    Py_XDECREF(x);
    Py_XDECREF(y);
    return r;
}

static PyObject *
proxy_repr(PyObject *self)
{
    PyObject *o = ((PyWeakReference *)self)->wr_object;
    return PyUnicode_FromFormat("<weakproxy at %p to %s at %p>", (void *)self,
                                o == Py_None ? "NoneType" : Py_TYPE(o)->tp_name, (void *)o);
}

// ---- attributes, items, iteration, calls ----------------------------------------------------------

static PyObject *
proxy_getattr(PyObject *self, PyObject *name)
{
    PyObject *o = referent(self);
    if (o == NULL)
        return NULL;
    PyObject *r = PyObject_GetAttr(o, name);
    Py_DECREF(o);
    return r;
}

static int
proxy_setattr(PyObject *self, PyObject *name, PyObject *value)
{
    PyObject *o = referent(self);
    if (o == NULL)
        return -1;
    int r = PyObject_SetAttr(o, name, value);
    Py_DECREF(o);
    return r;
}

static Py_ssize_t
proxy_length(PyObject *self)
{
    PyObject *o = referent(self);
    if (o == NULL)
        return -1;
    Py_ssize_t r = PyObject_Size(o);
    Py_DECREF(o);
    return r;
}

static int
proxy_setitem(PyObject *self, PyObject *key, PyObject *value)
{
    PyObject *o = referent(self);
    if (o == NULL)
        return -1;
    int r = value != NULL ? PyObject_SetItem(o, key, value) : PyObject_DelItem(o, key);
    Py_DECREF(o);
    return r;
}

static int
proxy_contains(PyObject *self, PyObject *value)
{
    PyObject *o = referent(self);
    if (o == NULL)
        return -1;
    int r = PySequence_Contains(o, value);
    Py_DECREF(o);
    return r;
}

static PyObject *
proxy_iternext(PyObject *self)
{
    PyObject *o = referent(self);
    if (o == NULL)
        return NULL;
    if (!PyIter_Check(o)) {
        PyErr_Format(PyExc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                     Py_TYPE(o)->tp_name);
        Py_DECREF(o);
        return NULL;
    }
    PyObject *r = Py_TYPE(o)->tp_iternext(o);
    Py_DECREF(o);
    return r;
}

static PyObject *
proxy_call(PyObject *self, PyObject *args, PyObject *kwargs)
{
    PyObject *o = referent(self);
    if (o == NULL)
        return NULL;
    PyObject *r = PyObject_Call(o, args, kwargs);
    Py_DECREF(o);
    return r;
}

static Py_hash_t
proxy_hash(PyObject *self)
{
    (void)self;
    PyErr_Format(PyExc_TypeError, "unhashable type: '%s'", Py_TYPE(self)->tp_name);
    return -1;
}

// The referent's own __bytes__ / __reversed__: bytes() and reversed() look these up on the
// type, which a proxy type cannot forward through its slots.
static PyObject *
call_referent_method(PyObject *self, const char *name)
{
    PyObject *o = referent(self), *meth = o != NULL ? PyUnicode_InternFromString(name) : NULL;
    PyObject *r = meth != NULL ? PyObject_CallMethodNoArgs(o, meth) : NULL;
    Py_XDECREF(meth);
    Py_XDECREF(o);
    return r;
}

static PyObject *
proxy_bytes(PyObject *self, PyObject *unused)
{
    (void)unused;
    return call_referent_method(self, "__bytes__");
}

static PyObject *
proxy_reversed(PyObject *self, PyObject *unused)
{
    (void)unused;
    return call_referent_method(self, "__reversed__");
}

static PyMethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes, METH_NOARGS, NULL},
    {"__reversed__", proxy_reversed, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

// ---- the types ----------------------------------------------------------------------------------

static PyNumberMethods proxy_as_number = {
    .nb_add = proxy_add,
    .nb_subtract = proxy_sub,
    .nb_multiply = proxy_mul,
    .nb_remainder = proxy_mod,
    .nb_divmod = proxy_divmod,
    .nb_power = proxy_pow,
    .nb_negative = proxy_neg,
    .nb_positive = proxy_pos,
    .nb_absolute = proxy_abs,
    .nb_bool = proxy_bool,
    .nb_invert = proxy_invert,
    .nb_lshift = proxy_lshift,
    .nb_rshift = proxy_rshift,
    .nb_and = proxy_and,
    .nb_xor = proxy_xor,
    .nb_or = proxy_or,
    .nb_int = proxy_int,
    .nb_float = proxy_float,
    .nb_inplace_add = proxy_iadd,
    .nb_inplace_subtract = proxy_isub,
    .nb_inplace_multiply = proxy_imul,
    .nb_inplace_remainder = proxy_imod,
    .nb_inplace_power = proxy_ipow,
    .nb_inplace_lshift = proxy_ilshift,
    .nb_inplace_rshift = proxy_irshift,
    .nb_inplace_and = proxy_iand,
    .nb_inplace_xor = proxy_ixor,
    .nb_inplace_or = proxy_ior,
    .nb_floor_divide = proxy_floordiv,
    .nb_true_divide = proxy_truediv,
    .nb_inplace_floor_divide = proxy_ifloordiv,
    .nb_inplace_true_divide = proxy_itruediv,
    .nb_index = proxy_index,
    .nb_matrix_multiply = proxy_matmul,
    .nb_inplace_matrix_multiply = proxy_imatmul,
};

static PySequenceMethods proxy_as_sequence = {
    .sq_contains = proxy_contains,
};

static PyMappingMethods proxy_as_mapping = {
    .mp_length = proxy_length,
    .mp_subscript = proxy_getitem,
    .mp_ass_subscript = proxy_setitem,
};

static int
proxy_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((PyWeakReference *)self)->wr_callback);
    return 0;
}

static int
proxy_clear(PyObject *self)
{
    rt_weakref_clear((PyWeakReference *)self);
    Py_CLEAR(((PyWeakReference *)self)->wr_callback);
    return 0;
}

static void
proxy_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    proxy_clear(self);
    PyObject_GC_Del(self);
}

#define PROXY_TYPE(name, call)                                                                     \
    {                                                                                              \
        .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0), .tp_name = name,                        \
        .tp_basicsize = sizeof(PyWeakReference), .tp_dealloc = proxy_dealloc,                      \
        .tp_repr = proxy_repr, .tp_as_number = &proxy_as_number,                                   \
        .tp_as_sequence = &proxy_as_sequence, .tp_as_mapping = &proxy_as_mapping,                  \
        .tp_hash = proxy_hash, .tp_call = call, .tp_str = proxy_str,                               \
        .tp_getattro = proxy_getattr, .tp_setattro = proxy_setattr,                                \
        .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, .tp_traverse = proxy_traverse,        \
        .tp_clear = proxy_clear, .tp_richcompare = proxy_richcompare, .tp_iter = proxy_iter,       \
        .tp_iternext = proxy_iternext, .tp_alloc = PyType_GenericAlloc,                            \
        .tp_methods = proxy_methods,                                                               \
    }

PyTypeObject rt_weakref_proxy_type = PROXY_TYPE("weakref.ProxyType", NULL);
PyTypeObject rt_weakref_callable_proxy_type = PROXY_TYPE("weakref.CallableProxyType", proxy_call);
