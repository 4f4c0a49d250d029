// number.c: the number protocol (PyNumber_*): binary, in-place and unary operator dispatch
// through the nb_* slots, and the conversions index/int/float. Declared in abstract.h.
#include <stddef.h>
#include "runtime/runtime.h"

// Read the binary slot at `offset` of a type's number table (NULL if absent).
static binaryfunc
binary_slot(PyTypeObject *t, size_t offset)
{
    if (t->tp_as_number == NULL)
        return NULL;
    return *(binaryfunc *)((char *)t->tp_as_number + offset);
}

#define NB_SLOT(name) offsetof(PyNumberMethods, name)

// CPython's binary_op1: try a's slot, then b's; b's first when b's type is a proper subclass
// of a's. Returns NotImplemented (a new reference) when neither side handles the pair.
static PyObject *
binary_op1(PyObject *a, PyObject *b, size_t slot)
{
    binaryfunc fa = binary_slot(Py_TYPE(a), slot);
    binaryfunc fb = NULL;
    if (Py_TYPE(b) != Py_TYPE(a)) {
        fb = binary_slot(Py_TYPE(b), slot);
        if (fb == fa)
            fb = NULL;
    }
    PyObject *r;
    if (fa != NULL) {
        if (fb != NULL && PyType_IsSubtype(Py_TYPE(b), Py_TYPE(a))) {
            r = fb(a, b);
            if (r != Py_NotImplemented)
                return r;
            Py_DECREF(r);
            fb = NULL;
        }
        r = fa(a, b);
        if (r != Py_NotImplemented)
            return r;
        Py_DECREF(r);
    }
    if (fb != NULL)
        return fb(a, b);
    return Py_NewRef(Py_NotImplemented);
}

static PyObject *
binop_type_error(PyObject *a, PyObject *b, const char *symbol)
{
    PyErr_Format(PyExc_TypeError, "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'",
                 symbol, rt_type_name(Py_TYPE(a)), rt_type_name(Py_TYPE(b)));
    return NULL;
}

static PyObject *
binary_op(PyObject *a, PyObject *b, size_t slot, const char *symbol)
{
    PyObject *r = binary_op1(a, b, slot);
    if (r == Py_NotImplemented) {
        Py_DECREF(r);
        return binop_type_error(a, b, symbol);
    }
    return r;
}

// seq * n for a sequence's sq_repeat; n must be an index.
static PyObject *
sequence_repeat(ssizeargfunc repeat, PyObject *seq, PyObject *n)
{
    if (!PyIndex_Check(n)) {
        PyErr_Format(PyExc_TypeError, "can't multiply sequence by non-int of type '%.200s'",
                     rt_type_name(Py_TYPE(n)));
        return NULL;
    }
    Py_ssize_t count = PyNumber_AsSsize_t(n, PyExc_OverflowError);
    if (count == -1 && PyErr_Occurred())
        return NULL;
    return repeat(seq, count);
}

PyObject *
PyNumber_Add(PyObject *a, PyObject *b)
{
    PyObject *r = binary_op1(a, b, NB_SLOT(nb_add));
    if (r != Py_NotImplemented)
        return r;
    Py_DECREF(r);
    PySequenceMethods *sq = Py_TYPE(a)->tp_as_sequence;
    if (sq != NULL && sq->sq_concat != NULL)
        return sq->sq_concat(a, b);
    return binop_type_error(a, b, "+");
}

PyObject *
PyNumber_Multiply(PyObject *a, PyObject *b)
{
    PyObject *r = binary_op1(a, b, NB_SLOT(nb_multiply));
    if (r != Py_NotImplemented)
        return r;
    Py_DECREF(r);
    PySequenceMethods *sa = Py_TYPE(a)->tp_as_sequence;
    PySequenceMethods *sb = Py_TYPE(b)->tp_as_sequence;
    if (sa != NULL && sa->sq_repeat != NULL)
        return sequence_repeat(sa->sq_repeat, a, b);
    if (sb != NULL && sb->sq_repeat != NULL)
        return sequence_repeat(sb->sq_repeat, b, a);
    return binop_type_error(a, b, "*");
}

#define BINARY_FUNC(func, slot, symbol)                                                        \
    PyObject *func(PyObject *a, PyObject *b)                                                   \
    {                                                                                          \
        return binary_op(a, b, NB_SLOT(slot), symbol);                                         \
    }

BINARY_FUNC(PyNumber_Subtract, nb_subtract, "-")
BINARY_FUNC(PyNumber_MatrixMultiply, nb_matrix_multiply, "@")
BINARY_FUNC(PyNumber_TrueDivide, nb_true_divide, "/")
BINARY_FUNC(PyNumber_FloorDivide, nb_floor_divide, "//")
BINARY_FUNC(PyNumber_Remainder, nb_remainder, "%")
BINARY_FUNC(PyNumber_Divmod, nb_divmod, "divmod()")
BINARY_FUNC(PyNumber_Lshift, nb_lshift, "<<")
BINARY_FUNC(PyNumber_Rshift, nb_rshift, ">>")
BINARY_FUNC(PyNumber_And, nb_and, "&")
BINARY_FUNC(PyNumber_Xor, nb_xor, "^")
BINARY_FUNC(PyNumber_Or, nb_or, "|")

// pow(a, b, mod): the ternary slot of a, then b (mod's own slot is not consulted for
// two-type combinations, as in CPython when mod is an int-like of either type).
static PyObject *
ternary_op(PyObject *a, PyObject *b, PyObject *mod, size_t slot, const char *symbol)
{
    ternaryfunc fa = NULL, fb = NULL;
    PyNumberMethods *na = Py_TYPE(a)->tp_as_number, *nb = Py_TYPE(b)->tp_as_number;
    if (na != NULL)
        fa = *(ternaryfunc *)((char *)na + slot);
    if (Py_TYPE(b) != Py_TYPE(a) && nb != NULL) {
        fb = *(ternaryfunc *)((char *)nb + slot);
        if (fb == fa)
            fb = NULL;
    }
    PyObject *r;
    if (fa != NULL) {
        if (fb != NULL && PyType_IsSubtype(Py_TYPE(b), Py_TYPE(a))) {
            r = fb(a, b, mod);
            if (r != Py_NotImplemented)
                return r;
            Py_DECREF(r);
            fb = NULL;
        }
        r = fa(a, b, mod);
        if (r != Py_NotImplemented)
            return r;
        Py_DECREF(r);
    }
    if (fb != NULL) {
        r = fb(a, b, mod);
        if (r != Py_NotImplemented)
            return r;
        Py_DECREF(r);
    }
    if (mod != Py_None) {
        PyNumberMethods *nm = Py_TYPE(mod)->tp_as_number;
        ternaryfunc fm = nm != NULL ? *(ternaryfunc *)((char *)nm + slot) : NULL;
        if (fm != NULL && fm != fa && fm != fb) {
            r = fm(a, b, mod);
            if (r != Py_NotImplemented)
                return r;
            Py_DECREF(r);
        }
        PyErr_Format(PyExc_TypeError,
                     "unsupported operand type(s) for %.100s: '%.100s', '%.100s', '%.100s'",
                     symbol, rt_type_name(Py_TYPE(a)), rt_type_name(Py_TYPE(b)),
                     rt_type_name(Py_TYPE(mod)));
        return NULL;
    }
    return binop_type_error(a, b, symbol);
}

PyObject *
PyNumber_Power(PyObject *a, PyObject *b, PyObject *mod)
{
    return ternary_op(a, b, mod, NB_SLOT(nb_power), "** or pow()");
}

// a op= b: the in-place slot of a, then the binary operation.
static PyObject *
binary_iop1(PyObject *a, PyObject *b, size_t islot, size_t slot)
{
    binaryfunc f = binary_slot(Py_TYPE(a), islot);
    if (f != NULL) {
        PyObject *r = f(a, b);
        if (r != Py_NotImplemented)
            return r;
        Py_DECREF(r);
    }
    return binary_op1(a, b, slot);
}

static PyObject *
binary_iop(PyObject *a, PyObject *b, size_t islot, size_t slot, const char *symbol)
{
    PyObject *r = binary_iop1(a, b, islot, slot);
    if (r == Py_NotImplemented) {
        Py_DECREF(r);
        return binop_type_error(a, b, symbol);
    }
    return r;
}

PyObject *
PyNumber_InPlaceAdd(PyObject *a, PyObject *b)
{
    PyObject *r = binary_iop1(a, b, NB_SLOT(nb_inplace_add), NB_SLOT(nb_add));
    if (r != Py_NotImplemented)
        return r;
    Py_DECREF(r);
    PySequenceMethods *sq = Py_TYPE(a)->tp_as_sequence;
    if (sq != NULL) {
        if (sq->sq_inplace_concat != NULL)
            return sq->sq_inplace_concat(a, b);
        if (sq->sq_concat != NULL)
            return sq->sq_concat(a, b);
    }
    return binop_type_error(a, b, "+=");
}

PyObject *
PyNumber_InPlaceMultiply(PyObject *a, PyObject *b)
{
    PyObject *r = binary_iop1(a, b, NB_SLOT(nb_inplace_multiply), NB_SLOT(nb_multiply));
    if (r != Py_NotImplemented)
        return r;
    Py_DECREF(r);
    PySequenceMethods *sa = Py_TYPE(a)->tp_as_sequence;
    PySequenceMethods *sb = Py_TYPE(b)->tp_as_sequence;
    if (sa != NULL) {
        if (sa->sq_inplace_repeat != NULL)
            return sequence_repeat(sa->sq_inplace_repeat, a, b);
        if (sa->sq_repeat != NULL)
            return sequence_repeat(sa->sq_repeat, a, b);
    }
    if (sb != NULL && sb->sq_repeat != NULL)
        return sequence_repeat(sb->sq_repeat, b, a);
    return binop_type_error(a, b, "*=");
}

#define INPLACE_FUNC(func, islot, slot, symbol)                                                \
    PyObject *func(PyObject *a, PyObject *b)                                                   \
    {                                                                                          \
        return binary_iop(a, b, NB_SLOT(islot), NB_SLOT(slot), symbol);                        \
    }

INPLACE_FUNC(PyNumber_InPlaceSubtract, nb_inplace_subtract, nb_subtract, "-=")
INPLACE_FUNC(PyNumber_InPlaceMatrixMultiply, nb_inplace_matrix_multiply, nb_matrix_multiply, "@=")
INPLACE_FUNC(PyNumber_InPlaceTrueDivide, nb_inplace_true_divide, nb_true_divide, "/=")
INPLACE_FUNC(PyNumber_InPlaceFloorDivide, nb_inplace_floor_divide, nb_floor_divide, "//=")
INPLACE_FUNC(PyNumber_InPlaceRemainder, nb_inplace_remainder, nb_remainder, "%=")
INPLACE_FUNC(PyNumber_InPlaceLshift, nb_inplace_lshift, nb_lshift, "<<=")
INPLACE_FUNC(PyNumber_InPlaceRshift, nb_inplace_rshift, nb_rshift, ">>=")
INPLACE_FUNC(PyNumber_InPlaceAnd, nb_inplace_and, nb_and, "&=")
INPLACE_FUNC(PyNumber_InPlaceXor, nb_inplace_xor, nb_xor, "^=")
INPLACE_FUNC(PyNumber_InPlaceOr, nb_inplace_or, nb_or, "|=")

PyObject *
PyNumber_InPlacePower(PyObject *a, PyObject *b, PyObject *mod)
{
    PyNumberMethods *na = Py_TYPE(a)->tp_as_number;
    if (na != NULL && na->nb_inplace_power != NULL) {
        PyObject *r = na->nb_inplace_power(a, b, mod);
        if (r != Py_NotImplemented)
            return r;
        Py_DECREF(r);
    }
    return ternary_op(a, b, mod, NB_SLOT(nb_power), "**=");
}

// ---- unary operators ------------------------------------------------------------------------

static PyObject *
unary_op(PyObject *o, size_t slot, const char *what)
{
    PyNumberMethods *nb = Py_TYPE(o)->tp_as_number;
    unaryfunc f = nb != NULL ? *(unaryfunc *)((char *)nb + slot) : NULL;
    if (f != NULL)
        return f(o);
    PyErr_Format(PyExc_TypeError, "bad operand type for %s: '%.200s'", what,
                 rt_type_name(Py_TYPE(o)));
    return NULL;
}

PyObject *
PyNumber_Negative(PyObject *o)
{
    return unary_op(o, NB_SLOT(nb_negative), "unary -");
}

PyObject *
PyNumber_Positive(PyObject *o)
{
    return unary_op(o, NB_SLOT(nb_positive), "unary +");
}

PyObject *
PyNumber_Invert(PyObject *o)
{
    return unary_op(o, NB_SLOT(nb_invert), "unary ~");
}

PyObject *
PyNumber_Absolute(PyObject *o)
{
    return unary_op(o, NB_SLOT(nb_absolute), "abs()");
}

// ---- conversions ----------------------------------------------------------------------------

int
PyIndex_Check(PyObject *o)
{
    PyNumberMethods *nb = Py_TYPE(o)->tp_as_number;
    return nb != NULL && nb->nb_index != NULL;
}

int
PyNumber_Check(PyObject *o)
{
    PyNumberMethods *nb = Py_TYPE(o)->tp_as_number;
    return nb != NULL && (nb->nb_index || nb->nb_int || nb->nb_float);
}

PyObject *
PyNumber_Index(PyObject *o)
{
    if (PyLong_CheckExact(o))
        return Py_NewRef(o);
    // An int subclass is an index by its value; its own __index__ is not consulted (CPython).
    // int's own +x (not an override in the subclass) makes the exact copy.
    if (PyLong_Check(o))
        return PyLong_Type.tp_as_number->nb_positive(o);
    if (!PyIndex_Check(o)) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     rt_type_name(Py_TYPE(o)));
        return NULL;
    }
    PyObject *r = Py_TYPE(o)->tp_as_number->nb_index(o);
    if (r == NULL || PyLong_CheckExact(r))
        return r;
    if (!PyLong_Check(r)) {
        PyErr_Format(PyExc_TypeError, "__index__ returned non-int (type %.200s)",
                     rt_type_name(Py_TYPE(r)));
        Py_DECREF(r);
        return NULL;
    }
    // An int subclass from __index__ is accepted and converted to an exact int.
    PyObject *exact = PyLong_Type.tp_as_number->nb_positive(r);
    Py_DECREF(r);
    return exact;
}

Py_ssize_t
PyNumber_AsSsize_t(PyObject *o, PyObject *exc)
{
    PyObject *v = PyNumber_Index(o);
    if (v == NULL)
        return -1;
    int overflow = 0;
    long n = PyLong_AsLongAndOverflow(v, &overflow);
    Py_DECREF(v);
    if (n == -1 && !overflow && PyErr_Occurred())
        return -1;
    if (!overflow)
        return (Py_ssize_t)n;
    if (exc == NULL)
        return overflow < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX;
    PyErr_Format(exc, "cannot fit '%.200s' into an index-sized integer",
                 rt_type_name(Py_TYPE(o)));
    return -1;
}

PyObject *
PyNumber_Long(PyObject *o)
{
    // int's constructor owns the rules (__int__, __index__, __trunc__, strings).
    return PyObject_CallOneArg((PyObject *)&PyLong_Type, o);
}

PyObject *
PyNumber_Float(PyObject *o)
{
    return rt_float_from_object(o);
}
