// float.c: the float type: float(x) and float(str), arithmetic with CPython's floor division,
// modulo and power rules, exact comparison with ints, hash, and a free list of float objects.
// Doubles to and from decimal text (repr, the locale-independent strtod) are in float_repr.c.
#include <errno.h>
#include <math.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/method_tables.h"
#include "runtime/objects/str_props.h"

// ---- allocation ----------------------------------------------------------------------------

// Released exact floats are kept for reuse: the VM makes and drops floats at a high rate.
// Sanitizer builds keep none, so that a use after free of a float reaches ASan.
#ifdef KRAIT_SANITIZE
#define FREE_LIST_MAX 0
#else
#define FREE_LIST_MAX 100
#endif

static PyFloatObject *free_list[FREE_LIST_MAX + 1];
static int free_count;

PyObject *
PyFloat_FromDouble(double v)
{
    PyFloatObject *f;
    if (free_count > 0) {
        f = free_list[--free_count];
    } else {
        f = PyObject_Malloc(sizeof(PyFloatObject));
        if (f == NULL)
            return PyErr_NoMemory();
    }
    rt_new_reference((PyObject *)f);
    Py_SET_TYPE(f, &PyFloat_Type);
    f->ob_fval = v;
    return (PyObject *)f;
}

static void
float_dealloc(PyObject *o)
{
    if (PyFloat_CheckExact(o) && free_count < FREE_LIST_MAX) {
        free_list[free_count++] = (PyFloatObject *)o;
        return;
    }
    Py_TYPE(o)->tp_free(o);
}

void
rt_float_fini(void)
{
    while (free_count > 0)
        PyObject_Free(free_list[--free_count]);
}

// ---- conversions ---------------------------------------------------------------------------

// The value of res, the result of o's __float__, which must be a float. Consumes res.
static int
float_result(PyObject *o, PyObject *res, double *out)
{
    if (!PyFloat_Check(res)) {
        PyErr_Format(PyExc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                     Py_TYPE(o)->tp_name, Py_TYPE(res)->tp_name);
        Py_DECREF(res);
        return -1;
    }
    // CPython also warns (DeprecationWarning) for a float subclass here; there are no
    // warnings yet.
    *out = PyFloat_AS_DOUBLE(res);
    Py_DECREF(res);
    return 0;
}

// The double of an object with __index__: 0, or -1 with an error set.
static int
index_as_double(PyObject *o, double *out)
{
    PyObject *i = PyNumber_Index(o);
    if (i == NULL)
        return -1;
    *out = PyLong_AsDouble(i);
    Py_DECREF(i);
    return *out == -1.0 && PyErr_Occurred() ? -1 : 0;
}

double
PyFloat_AsDouble(PyObject *o)
{
    if (o == NULL) {
        PyErr_BadInternalCall();
        return -1.0;
    }
    if (PyFloat_Check(o))
        return PyFloat_AS_DOUBLE(o);
    PyNumberMethods *nb = Py_TYPE(o)->tp_as_number;
    double v = -1.0; // set by float_result on success; gcc -O2 cannot see that
    if (nb != NULL && nb->nb_float != NULL) {
        PyObject *res = nb->nb_float(o);
        if (res == NULL || float_result(o, res, &v) < 0)
            return -1.0;
        return v;
    }
    if (nb != NULL && nb->nb_index != NULL)
        return index_as_double(o, &v) < 0 ? -1.0 : v;
    PyErr_Format(PyExc_TypeError, "must be real number, not %.50s", Py_TYPE(o)->tp_name);
    return -1.0;
}

PyObject *
rt_float_from_object(PyObject *o)
{
    if (PyFloat_CheckExact(o))
        return Py_NewRef(o);
    PyNumberMethods *nb = Py_TYPE(o)->tp_as_number;
    double v = -1.0; // set by float_result on success; gcc -O2 cannot see that
    if (nb != NULL && nb->nb_float != NULL) {
        PyObject *res = nb->nb_float(o);
        if (res == NULL || PyFloat_CheckExact(res))
            return res;
        if (float_result(o, res, &v) < 0)
            return NULL;
        return PyFloat_FromDouble(v);
    }
    if (nb != NULL && nb->nb_index != NULL)
        return index_as_double(o, &v) < 0 ? NULL : PyFloat_FromDouble(v);
    if (PyFloat_Check(o)) // a float subclass that removed nb_float
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(o));
    return PyFloat_FromString(o);
}

// ---- float(str) ----------------------------------------------------------------------------

// float() of the text s[0:n] (already ASCII); orig is the str or bytes object for the message.
static PyObject *
float_from_text(const char *s, Py_ssize_t n, PyObject *orig)
{
    while (n > 0 && rt_str_ascii_isspace(*s)) {
        s++;
        n--;
    }
    while (n > 0 && rt_str_ascii_isspace(s[n - 1]))
        n--;
    char small[64];
    char *buf = n < (Py_ssize_t)sizeof small ? small : PyMem_Malloc((size_t)n + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    PyObject *result = NULL;
    Py_ssize_t len = rt_float_strip_underscores(s, n, buf);
    char *end = buf;
    double v = len > 0 ? rt_float_parse(buf, &end) : 0.0;
    if (len > 0 && end == buf + len)
        result = PyFloat_FromDouble(v);
    else
        PyErr_Format(PyExc_ValueError, "could not convert string to float: %R", orig);
    if (buf != small)
        PyMem_Free(buf);
    return result;
}

static PyObject *
float_from_str(PyObject *s)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    char small[64];
    char *buf = n < (Py_ssize_t)sizeof small ? small : PyMem_Malloc((size_t)n + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    rt_str_to_ascii_digits(s, buf);
    PyObject *result = float_from_text(buf, n, s);
    if (buf != small)
        PyMem_Free(buf);
    return result;
}

PyObject *
PyFloat_FromString(PyObject *s)
{
    if (PyUnicode_Check(s))
        return float_from_str(s);
    if (PyBytes_Check(s))
        return float_from_text(PyBytes_AS_STRING(s), PyBytes_GET_SIZE(s), s);
    if (PyByteArray_Check(s))
        return float_from_text(PyByteArray_AS_STRING(s), PyByteArray_GET_SIZE(s), s);
    if (PyObject_CheckBuffer(s)) { // memoryview and other exporters
        Py_buffer view;
        if (PyObject_GetBuffer(s, &view, PyBUF_SIMPLE) < 0)
            return NULL;
        PyObject *r = float_from_text(view.buf, view.len, s);
        PyBuffer_Release(&view);
        return r;
    }
    return PyErr_Format(PyExc_TypeError,
                        "float() argument must be a string or a real number, not '%.200s'",
                        Py_TYPE(s)->tp_name);
}

// ---- float(x) ------------------------------------------------------------------------------

static PyObject *
float_from_arg(PyObject *x)
{
    if (x == NULL)
        return PyFloat_FromDouble(0.0);
    if (PyUnicode_CheckExact(x))
        return PyFloat_FromString(x);
    return rt_float_from_object(x);
}

static PyObject *
float_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *x = NULL;
    if (!rt_arg_no_keywords("float", kwds))
        return NULL;
    if (args != NULL && !PyArg_UnpackTuple(args, "float", 0, 1, &x))
        return NULL;
    PyObject *f = float_from_arg(x);
    if (f == NULL || type == &PyFloat_Type)
        return f;
    // A subclass instance gets the value of the exact float computed above.
    PyObject *sub = type->tp_alloc(type, 0);
    if (sub != NULL)
        ((PyFloatObject *)sub)->ob_fval = PyFloat_AS_DOUBLE(f);
    Py_DECREF(f);
    return sub;
}

// ---- repr, hash, comparison ----------------------------------------------------------------

static PyObject *
float_repr(PyObject *o)
{
    return rt_float_repr(PyFloat_AS_DOUBLE(o));
}

static Py_hash_t
float_hash(PyObject *o)
{
    return rt_hash_double(o, PyFloat_AS_DOUBLE(o));
}

// Three-way comparison of a (not NaN) with the int b, exact even where b has no double:
// 2**53 + 1 > float(2**53). Returns -1, 0 or 1 in *cmp; -1 with an error set on failure.
static int
compare_with_int(double a, PyObject *b, int *cmp)
{
    if (isinf(a)) {
        *cmp = a > 0 ? 1 : -1;
        return 0;
    }
    if (rt_int_is_small(b)) {
        int64_t w = rt_int_small_value(b);
        if (w >= -((int64_t)1 << 53) && w <= ((int64_t)1 << 53)) {
            double d = (double)w; // exact
            *cmp = (a > d) - (a < d);
        } else if (a >= 0x1p63 || a < -0x1p63) {
            *cmp = a > 0 ? 1 : -1;
        } else {
            // Integer and fractional parts of a are exact, and the integer part fits int64_t.
            double ip = trunc(a);
            int64_t ia = (int64_t)ip;
            double frac = a - ip;
            *cmp = ia != w ? (ia > w ? 1 : -1) : (frac > 0) - (frac < 0);
        }
        return 0;
    }
    // |b| >= 2**63: a smaller double loses; a larger one is an integer we can convert exactly.
    if (fabs(a) < 0x1p63) {
        *cmp = -rt_int_sign(b);
        return 0;
    }
    PyObject *ia = PyLong_FromDouble(a);
    if (ia == NULL)
        return -1;
    *cmp = rt_int_compare(ia, b);
    Py_DECREF(ia);
    return 0;
}

static PyObject *
float_richcompare(PyObject *self, PyObject *other, int op)
{
    if (!PyFloat_Check(self))
        return Py_NewRef(Py_NotImplemented);
    double a = PyFloat_AS_DOUBLE(self);
    if (PyFloat_Check(other)) {
        double b = PyFloat_AS_DOUBLE(other);
        Py_RETURN_RICHCOMPARE(a, b, op);
    }
    if (!PyLong_Check(other))
        return Py_NewRef(Py_NotImplemented);
    if (isnan(a)) // NaN is unordered with every int too: only != holds
        Py_RETURN_RICHCOMPARE(a, 0.0, op);
    int cmp;
    if (compare_with_int(a, other, &cmp) < 0)
        return NULL;
    Py_RETURN_RICHCOMPARE(cmp, 0, op);
}

// ---- arithmetic ----------------------------------------------------------------------------

// The double of an arithmetic operand: 1 for a float or an int (OverflowError for an int too
// large, -1), 0 for anything else (the operation returns NotImplemented).
static int
operand(PyObject *o, double *out)
{
    if (PyFloat_Check(o)) {
        *out = PyFloat_AS_DOUBLE(o);
        return 1;
    }
    if (PyLong_Check(o)) {
        *out = PyLong_AsDouble(o);
        return *out == -1.0 && PyErr_Occurred() ? -1 : 1;
    }
    return 0;
}

// Both operands as doubles: 1, 0 (NotImplemented) or -1 (error set).
static int
operands(PyObject *a, PyObject *b, double *x, double *y)
{
    int r = operand(a, x);
    return r <= 0 ? r : operand(b, y);
}

// What a binary slot returns when operands() did not give two doubles.
static PyObject *
not_handled(int r)
{
    return r < 0 ? NULL : Py_NewRef(Py_NotImplemented);
}

static PyObject *
float_add(PyObject *a, PyObject *b)
{
    double x, y;
    int r = operands(a, b, &x, &y);
    return r <= 0 ? not_handled(r) : PyFloat_FromDouble(x + y);
}

static PyObject *
float_sub(PyObject *a, PyObject *b)
{
    double x, y;
    int r = operands(a, b, &x, &y);
    return r <= 0 ? not_handled(r) : PyFloat_FromDouble(x - y);
}

static PyObject *
float_mul(PyObject *a, PyObject *b)
{
    double x, y;
    int r = operands(a, b, &x, &y);
    return r <= 0 ? not_handled(r) : PyFloat_FromDouble(x * y);
}

static PyObject *
float_div(PyObject *a, PyObject *b)
{
    double x, y;
    int r = operands(a, b, &x, &y);
    if (r <= 0)
        return not_handled(r);
    if (y == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return PyFloat_FromDouble(x / y);
}

void
rt_float_divmod(double a, double b, double *div, double *mod)
{
    // fmod is exact, so a - m is mathematically a multiple of b; the division may still
    // land next to an integer, hence the snapping below (CPython's _float_div_mod).
    double m = fmod(a, b);
    double d = (a - m) / b;
    if (m != 0.0) {
        if ((b < 0) != (m < 0)) { // the remainder takes the sign of the divisor
            m += b;
            d -= 1.0;
        }
    } else {
        m = copysign(0.0, b); // fmod's sign of a zero result differs across platforms
    }
    double f;
    if (d != 0.0) {
        f = floor(d);
        if (d - f > 0.5)
            f += 1.0;
    } else {
        f = copysign(0.0, a / b); // a zero quotient keeps the sign of the true quotient
    }
    *div = f;
    *mod = m;
}

// Operands of //, % and divmod(): 1 when there are two doubles and b is not zero.
static int
divmod_operands(PyObject *a, PyObject *b, double *x, double *y, const char *zero_msg)
{
    int r = operands(a, b, x, y);
    if (r > 0 && *y == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, zero_msg);
        return -1;
    }
    return r;
}

static PyObject *
float_floor_div(PyObject *a, PyObject *b)
{
    double x, y, d, m;
    int r = divmod_operands(a, b, &x, &y, "float floor division by zero");
    if (r <= 0)
        return not_handled(r);
    rt_float_divmod(x, y, &d, &m);
    return PyFloat_FromDouble(d);
}

static PyObject *
float_rem(PyObject *a, PyObject *b)
{
    double x, y, d, m;
    int r = divmod_operands(a, b, &x, &y, "float modulo");
    if (r <= 0)
        return not_handled(r);
    rt_float_divmod(x, y, &d, &m);
    return PyFloat_FromDouble(m);
}

static PyObject *
float_divmod(PyObject *a, PyObject *b)
{
    double x, y, d, m;
    int r = divmod_operands(a, b, &x, &y, "float divmod()");
    if (r <= 0)
        return not_handled(r);
    rt_float_divmod(x, y, &d, &m);
    PyObject *items[2] = {PyFloat_FromDouble(d), PyFloat_FromDouble(m)};
    if (items[0] == NULL || items[1] == NULL) {
        Py_XDECREF(items[0]);
        Py_XDECREF(items[1]);
        return NULL;
    }
    return rt_tuple_from_array_steal(items, 2);
}

static int
is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

// x ** y where the libm pow is not trusted with the sign and edge cases (CPython's
// float_pow): 0 with *out set, 1 when the result is complex (a negative x to a fractional
// power), or -1 with an error set.
static int
float_pow_values(double x, double y, double *out)
{
    if (y == 0.0 || x == 1.0) { // x**0 is 1 even for NaN x; 1**y is 1 even for NaN y
        *out = 1.0;
        return 0;
    }
    if (isnan(x) || isnan(y)) {
        *out = isnan(x) ? x : y;
        return 0;
    }
    if (isinf(y)) {
        double ax = fabs(x);
        *out = ax == 1.0 ? 1.0 : (y > 0.0) == (ax > 1.0) ? fabs(y) : 0.0;
        return 0;
    }
    if (isinf(x)) { // the sign survives only for odd integer exponents
        int odd = is_odd_integer(y);
        *out = y > 0.0 ? (odd ? x : fabs(x)) : (odd ? copysign(0.0, x) : 0.0);
        return 0;
    }
    if (x == 0.0) {
        if (y < 0.0) {
            PyErr_SetString(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return -1;
        }
        *out = is_odd_integer(y) ? x : 0.0;
        return 0;
    }
    int negate = 0;
    if (x < 0.0) {
        if (y != floor(y))
            return 1;
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) { // (-1)**huge: some libms fail when y does not fit a C integer
        *out = negate ? -1.0 : 1.0;
        return 0;
    }
    errno = 0;
    double r = pow(x, y);
    if (errno == 0 && isinf(r))
        errno = ERANGE;
    else if (errno == ERANGE && r == 0.0)
        errno = 0; // underflow to zero is not an error
    if (errno != 0) {
        PyErr_SetFromErrno(errno == ERANGE ? PyExc_OverflowError : PyExc_ValueError);
        return -1;
    }
    *out = negate ? -r : r;
    return 0;
}

static PyObject *
float_pow(PyObject *a, PyObject *b, PyObject *mod)
{
    if (mod != Py_None) {
        PyErr_SetString(PyExc_TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    double x, y, r;
    int ok = operands(a, b, &x, &y);
    if (ok <= 0)
        return not_handled(ok);
    int kind = float_pow_values(x, y, &r);
    if (kind > 0) // (-8.0) ** (1/3): complex's power computes it from the operands as given
        return PyComplex_Type.tp_as_number->nb_power(a, b, mod);
    return kind < 0 ? NULL : PyFloat_FromDouble(r);
}

static PyObject *
float_neg(PyObject *o)
{
    return PyFloat_FromDouble(-PyFloat_AS_DOUBLE(o));
}

// +f and float(f): the object itself when exact, else a plain float with the same value.
static PyObject *
float_float(PyObject *o)
{
    if (PyFloat_CheckExact(o))
        return Py_NewRef(o);
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(o));
}

static PyObject *
float_abs(PyObject *o)
{
    return PyFloat_FromDouble(fabs(PyFloat_AS_DOUBLE(o)));
}

static int
float_bool(PyObject *o)
{
    return PyFloat_AS_DOUBLE(o) != 0.0;
}

static PyObject *
float_int(PyObject *o)
{
    return PyLong_FromDouble(PyFloat_AS_DOUBLE(o));
}

// ---- the type ------------------------------------------------------------------------------

static PyNumberMethods float_as_number = {
    .nb_add = float_add,
    .nb_subtract = float_sub,
    .nb_multiply = float_mul,
    .nb_remainder = float_rem,
    .nb_divmod = float_divmod,
    .nb_power = float_pow,
    .nb_negative = float_neg,
    .nb_positive = float_float,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_float,
    .nb_floor_divide = float_floor_div,
    .nb_true_divide = float_div,
};

PyTypeObject PyFloat_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "float",
    .tp_basicsize = sizeof(PyFloatObject),
    .tp_dealloc = float_dealloc,
    .tp_repr = float_repr,
    .tp_as_number = &float_as_number,
    .tp_hash = float_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Convert a string or number to a floating point number, if possible.",
    .tp_richcompare = float_richcompare,
    .tp_methods = rt_float_methods,
    .tp_getset = rt_float_getsets,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = float_new,
    .tp_free = PyObject_Free,
};
