// complex.c: the complex type: arithmetic with CPython 3.11's algorithms (Smith-style division,
// integral powers by squaring), repr without ".0", hash, ==/!= with ints and floats, and
// complex() from numbers and strings. complex.__format__ is format.c's rt_format_complex.
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/str_props.h"

static const Py_complex c_one = {1.0, 0.0};

// ---- construction ----------------------------------------------------------------------------

static PyObject *
complex_alloc(PyTypeObject *type, Py_complex c)
{
    PyObject *o;
    if (type == &PyComplex_Type) {
        o = PyObject_Malloc(sizeof(PyComplexObject));
        if (o == NULL)
            return PyErr_NoMemory();
        rt_new_reference((PyObject *)o);
        Py_SET_TYPE(o, &PyComplex_Type);
    } else {
        o = type->tp_alloc(type, 0);
        if (o == NULL)
            return NULL;
    }
    ((PyComplexObject *)o)->cval = c;
    return o;
}

PyObject *
PyComplex_FromCComplex(Py_complex c)
{
    return complex_alloc(&PyComplex_Type, c);
}

PyObject *
PyComplex_FromDoubles(double real, double imag)
{
    Py_complex c = {real, imag};
    return complex_alloc(&PyComplex_Type, c);
}

PyObject *
rt_complex_conjugate(PyObject *o)
{
    Py_complex c = ((PyComplexObject *)o)->cval;
    return PyComplex_FromDoubles(c.real, -c.imag);
}

// ---- arithmetic on C values ------------------------------------------------------------------

static Py_complex
c_prod(Py_complex a, Py_complex b)
{
    Py_complex r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

// a / b scaling by the larger part of b, as CPython's _Py_c_quot; errno = EDOM for b == 0.
static Py_complex
c_quot(Py_complex a, Py_complex b)
{
    Py_complex r;
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else { // a part of b is a NaN
        r.real = r.imag = NAN;
    }
    return r;
}

// The general power through polar form (CPython's _Py_c_pow).
static Py_complex
c_pow(Py_complex a, Py_complex b)
{
    Py_complex r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r = c_one;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            errno = EDOM;
        r.real = r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

static Py_complex
c_powu(Py_complex x, long n)
{
    Py_complex r = c_one, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

Py_complex
rt_complex_pow(Py_complex a, Py_complex b)
{
    Py_complex p;
    errno = 0;
    // A small integral exponent is faster and more accurate by squaring.
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
        long n = (long)b.real;
        p = n > 0 ? c_powu(a, n) : c_quot(c_one, c_powu(a, -n));
    } else {
        p = c_pow(a, b);
    }
    // CPython's _Py_ADJUST_ERANGE2: an infinite part is an overflow, a libm ERANGE that left
    // finite parts (underflow) is not.
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    return p;
}

// ---- conversions -----------------------------------------------------------------------------

// The C value of an arithmetic operand: 1 for complex, float or int (-1 with OverflowError for
// an int too large), 0 for anything else (NotImplemented).
static int
operand(PyObject *o, Py_complex *out)
{
    if (PyComplex_Check(o)) {
        *out = ((PyComplexObject *)o)->cval;
        return 1;
    }
    out->imag = 0.0;
    if (PyFloat_Check(o)) {
        out->real = PyFloat_AS_DOUBLE(o);
        return 1;
    }
    if (PyLong_Check(o)) {
        out->real = PyLong_AsDouble(o);
        return out->real == -1.0 && PyErr_Occurred() ? -1 : 1;
    }
    return 0;
}

static int
operands(PyObject *a, PyObject *b, Py_complex *x, Py_complex *y)
{
    int r = operand(a, x);
    return r <= 0 ? r : operand(b, y);
}

static PyObject *
not_handled(int r)
{
    return r < 0 ? NULL : Py_NewRef(Py_NotImplemented);
}

// o.__complex__() if o's type defines it: a new reference, NULL with no error when it does not,
// NULL with an error on failure. Plain numbers and strings never have it.
static PyObject *
try_complex_special_method(PyObject *o)
{
    if (PyLong_CheckExact(o) || PyFloat_CheckExact(o) || PyUnicode_CheckExact(o) ||
        PyComplex_CheckExact(o) || PyBool_Check(o))
        return NULL;
    PyObject *name = PyUnicode_InternFromString("__complex__");
    PyObject *f = name != NULL ? rt_type_lookup_special(o, name) : NULL;
    Py_XDECREF(name);
    if (f == NULL)
        return NULL;
    PyObject *r = PyObject_CallNoArgs(f);
    Py_DECREF(f);
    if (r != NULL && !PyComplex_Check(r)) {
        PyErr_Format(PyExc_TypeError, "__complex__ returned non-complex (type %.200s)",
                     Py_TYPE(r)->tp_name);
        Py_CLEAR(r);
    }
    return r;
}

Py_complex
PyComplex_AsCComplex(PyObject *o)
{
    Py_complex c = {-1.0, 0.0};
    if (PyComplex_Check(o))
        return ((PyComplexObject *)o)->cval;
    PyObject *r = try_complex_special_method(o);
    if (r != NULL) {
        c = ((PyComplexObject *)r)->cval;
        Py_DECREF(r);
        return c;
    }
    if (PyErr_Occurred())
        return c;
    c.real = PyFloat_AsDouble(o);
    return c;
}

double
PyComplex_RealAsDouble(PyObject *o)
{
    if (PyComplex_Check(o))
        return ((PyComplexObject *)o)->cval.real;
    return PyFloat_AsDouble(o);
}

double
PyComplex_ImagAsDouble(PyObject *o)
{
    if (PyComplex_Check(o))
        return ((PyComplexObject *)o)->cval.imag;
    return 0.0;
}

// ---- complex(str) ----------------------------------------------------------------------------

// A float at *s, advancing *s past it; 0 if there is none (then *s is unchanged).
static int
scan_float(const char **s, double *v)
{
    char *end;
    *v = rt_float_parse(*s, &end);
    if (end == *s)
        return 0;
    *s = end;
    return 1;
}

// The three forms <float>, <float>j, <float><signed-float>j and the legacy <float><sign>j,
// <sign>j, j, in optional parentheses (CPython's complex_from_string_inner). 0 or -1.
static int
parse_complex(const char *s, Py_ssize_t len, Py_complex *out)
{
    const char *start = s, *p = s;
    double x = 0.0, y = 0.0, z;
    int bracket = 0;
    while (rt_str_ascii_isspace(*p))
        p++;
    if (*p == '(') {
        bracket = 1;
        p++;
        while (rt_str_ascii_isspace(*p))
            p++;
    }
    if (scan_float(&p, &z)) {
        if (*p == '+' || *p == '-') {
            x = z;
            if (!scan_float(&p, &y))
                y = *p++ == '+' ? 1.0 : -1.0;
            if (*p != 'j' && *p != 'J')
                return -1;
            p++;
        } else if (*p == 'j' || *p == 'J') {
            p++;
            y = z;
        } else {
            x = z;
        }
    } else {
        y = 1.0;
        if (*p == '+' || *p == '-')
            y = *p++ == '+' ? 1.0 : -1.0;
        if (*p != 'j' && *p != 'J')
            return -1;
        p++;
    }
    while (rt_str_ascii_isspace(*p))
        p++;
    if (bracket) {
        if (*p != ')')
            return -1;
        p++;
        while (rt_str_ascii_isspace(*p))
            p++;
    }
    if (p - start != len)
        return -1;
    out->real = x;
    out->imag = y;
    return 0;
}

PyObject *
rt_complex_from_string(PyObject *s)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    char *buf = PyMem_Malloc((size_t)n + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    rt_str_to_ascii_digits(s, buf);
    PyObject *result = NULL;
    Py_complex c;
    Py_ssize_t len = strchr(buf, '_') != NULL ? rt_float_strip_underscores(buf, n, buf) : n;
    if (len < 0)
        PyErr_Format(PyExc_ValueError, "could not convert string to complex: %R", s);
    else if (parse_complex(buf, len, &c) < 0)
        PyErr_SetString(PyExc_ValueError, "complex() arg is a malformed string");
    else
        result = PyComplex_FromCComplex(c);
    PyMem_Free(buf);
    return result;
}

// ---- complex(real=0, imag=0) -----------------------------------------------------------------

// Unpack complex()'s arguments (positional or by keyword) into *r and *i (borrowed; NULL when
// absent), with the argument-clinic messages CPython gives. 0 or -1.
static int
unpack_args(PyObject *args, PyObject *kwds, PyObject **r, PyObject **i)
{
    Py_ssize_t nargs = args != NULL ? PyTuple_GET_SIZE(args) : 0;
    Py_ssize_t nkw = kwds != NULL ? PyDict_GET_SIZE(kwds) : 0;
    if (nargs + nkw > 2) {
        PyErr_Format(PyExc_TypeError, "complex() takes at most 2 arguments (%zd given)",
                     nargs + nkw);
        return -1;
    }
    PyObject **slots[2] = {r, i};
    static const char *const names[2] = {"real", "imag"};
    for (Py_ssize_t k = 0; k < nargs; k++)
        *slots[k] = PyTuple_GET_ITEM(args, k);
    if (nkw == 0)
        return 0;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(kwds, &pos, &key, &value)) {
        int k = PyUnicode_Check(key) ? (rt_str_equal_ascii(key, "real") ? 0
                                         : rt_str_equal_ascii(key, "imag") ? 1 : -1)
                                     : -1;
        if (k < 0) {
            PyErr_Format(PyExc_TypeError, "%R is an invalid keyword argument for complex()",
                         key);
            return -1;
        }
        if (k < nargs) {
            PyErr_Format(PyExc_TypeError,
                         "argument for complex() given by name ('%s') and position (%d)",
                         names[k], k + 1);
            return -1;
        }
        *slots[k] = value;
    }
    return 0;
}

static int
is_number(PyObject *o)
{
    PyNumberMethods *nb = Py_TYPE(o)->tp_as_number;
    return nb != NULL && (PyComplex_Check(o) || nb->nb_float != NULL || nb->nb_index != NULL);
}

// One argument of complex() as a C value; *is_complex tells whether it had an imaginary part.
static int
argument_value(PyObject *o, Py_complex *out, int *is_complex)
{
    if (PyComplex_Check(o)) {
        *out = ((PyComplexObject *)o)->cval;
        *is_complex = 1;
        return 0;
    }
    *is_complex = 0;
    out->imag = 0.0;
    PyObject *f = PyNumber_Float(o);
    if (f == NULL)
        return -1;
    out->real = PyFloat_AS_DOUBLE(f);
    Py_DECREF(f);
    return 0;
}

static PyObject *
from_numbers(PyTypeObject *type, PyObject *r, PyObject *i)
{
    Py_complex cr, ci = {0.0, 0.0};
    int cr_is_complex, ci_is_complex = 0;
    PyObject *special = try_complex_special_method(r);
    if (special == NULL && PyErr_Occurred())
        return NULL;
    PyObject *real = special != NULL ? special : r;
    if (!is_number(real)) {
        PyErr_Format(PyExc_TypeError,
                     "complex() first argument must be a string or a number, not '%.200s'",
                     Py_TYPE(real)->tp_name);
        Py_XDECREF(special);
        return NULL;
    }
    if (i != NULL && !is_number(i)) {
        PyErr_Format(PyExc_TypeError, "complex() second argument must be a number, not '%.200s'",
                     Py_TYPE(i)->tp_name);
        Py_XDECREF(special);
        return NULL;
    }
    int err = argument_value(real, &cr, &cr_is_complex);
    Py_XDECREF(special);
    if (err < 0)
        return NULL;
    if (i == NULL)
        ci.real = cr.imag;
    else if (argument_value(i, &ci, &ci_is_complex) < 0)
        return NULL;
    // real + imag*1j when either argument itself has an imaginary part.
    if (ci_is_complex)
        cr.real -= ci.imag;
    if (cr_is_complex && i != NULL)
        ci.real += cr.imag;
    Py_complex c = {cr.real, ci.real};
    return complex_alloc(type, c);
}

static PyObject *
complex_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *r = NULL, *i = NULL;
    if (unpack_args(args, kwds, &r, &i) < 0)
        return NULL;
    if (r == NULL) {
        Py_complex zero = {0.0, 0.0};
        if (i == NULL)
            return complex_alloc(type, zero);
        r = PyLong_FromLong(0); // immortal small int: no reference to drop
    }
    if (PyComplex_CheckExact(r) && i == NULL && type == &PyComplex_Type)
        return Py_NewRef(r);
    if (PyUnicode_Check(r)) {
        if (i != NULL) {
            PyErr_SetString(PyExc_TypeError, "complex() can't take second arg if first is a string");
            return NULL;
        }
        PyObject *c = rt_complex_from_string(r);
        if (c == NULL || type == &PyComplex_Type)
            return c;
        PyObject *sub = complex_alloc(type, ((PyComplexObject *)c)->cval);
        Py_DECREF(c);
        return sub;
    }
    if (i != NULL && PyUnicode_Check(i)) {
        PyErr_SetString(PyExc_TypeError, "complex() second arg can't be a string");
        return NULL;
    }
    return from_numbers(type, r, i);
}

// ---- repr, hash, comparison ------------------------------------------------------------------

// repr of one part: float's shortest repr without the ".0" of integral values ("1", "-0",
// "1e+16", "inf", "nan"), with a '+' before non-negative values when `sign` is set.
static int
part_repr(double v, int sign, char *buf, size_t size)
{
    int n = 0;
    if (sign && (isnan(v) || !signbit(v)))
        buf[n++] = '+';
    n += rt_float_repr_buf(isnan(v) ? fabs(v) : v, buf + n, size - (size_t)n);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') {
        n -= 2;
        buf[n] = '\0';
    }
    return n;
}

static PyObject *
complex_repr(PyObject *o)
{
    Py_complex c = ((PyComplexObject *)o)->cval;
    char re[40], im[40];
    // A real part of +0 is left out, and so are the parentheses.
    if (c.real == 0.0 && !signbit(c.real)) {
        part_repr(c.imag, 0, im, sizeof im);
        return PyUnicode_FromFormat("%sj", im);
    }
    part_repr(c.real, 0, re, sizeof re);
    part_repr(c.imag, 1, im, sizeof im);
    return PyUnicode_FromFormat("(%s%sj)", re, im);
}

static Py_hash_t
complex_hash(PyObject *o)
{
    Py_complex c = ((PyComplexObject *)o)->cval;
    Py_uhash_t hashreal = (Py_uhash_t)rt_hash_double(o, c.real);
    Py_uhash_t hashimag = (Py_uhash_t)rt_hash_double(o, c.imag);
    Py_uhash_t combined = hashreal + PyHASH_IMAG * hashimag;
    if (combined == (Py_uhash_t)-1)
        combined = (Py_uhash_t)-2;
    return (Py_hash_t)combined;
}

static PyObject *
complex_richcompare(PyObject *v, PyObject *w, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !PyComplex_Check(v))
        return Py_NewRef(Py_NotImplemented);
    Py_complex i = ((PyComplexObject *)v)->cval;
    int equal;
    if (PyLong_Check(w)) {
        // An int compares exactly with the real part, through float's mixed comparison.
        if (i.imag != 0.0)
            return PyBool_FromLong(op == Py_NE);
        PyObject *j = PyFloat_FromDouble(i.real);
        if (j == NULL)
            return NULL;
        PyObject *r = PyObject_RichCompare(j, w, op);
        Py_DECREF(j);
        return r;
    }
    if (PyFloat_Check(w)) {
        equal = i.real == PyFloat_AS_DOUBLE(w) && i.imag == 0.0;
    } else if (PyComplex_Check(w)) {
        Py_complex j = ((PyComplexObject *)w)->cval;
        equal = i.real == j.real && i.imag == j.imag;
    } else {
        return Py_NewRef(Py_NotImplemented);
    }
    return PyBool_FromLong(op == Py_EQ ? equal : !equal);
}

// ---- number slots ----------------------------------------------------------------------------

static PyObject *
complex_add(PyObject *a, PyObject *b)
{
    Py_complex x, y;
    int r = operands(a, b, &x, &y);
    return r <= 0 ? not_handled(r) : PyComplex_FromDoubles(x.real + y.real, x.imag + y.imag);
}

static PyObject *
complex_sub(PyObject *a, PyObject *b)
{
    Py_complex x, y;
    int r = operands(a, b, &x, &y);
    return r <= 0 ? not_handled(r) : PyComplex_FromDoubles(x.real - y.real, x.imag - y.imag);
}

static PyObject *
complex_mul(PyObject *a, PyObject *b)
{
    Py_complex x, y;
    int r = operands(a, b, &x, &y);
    return r <= 0 ? not_handled(r) : PyComplex_FromCComplex(c_prod(x, y));
}

static PyObject *
complex_div(PyObject *a, PyObject *b)
{
    Py_complex x, y;
    int r = operands(a, b, &x, &y);
    if (r <= 0)
        return not_handled(r);
    errno = 0;
    Py_complex q = c_quot(x, y);
    if (errno == EDOM) {
        PyErr_SetString(PyExc_ZeroDivisionError, "complex division by zero");
        return NULL;
    }
    return PyComplex_FromCComplex(q);
}

static PyObject *
complex_pow(PyObject *a, PyObject *b, PyObject *mod)
{
    Py_complex x, y;
    int r = operands(a, b, &x, &y);
    if (r <= 0)
        return not_handled(r);
    if (mod != Py_None) {
        PyErr_SetString(PyExc_ValueError, "complex modulo");
        return NULL;
    }
    Py_complex p = rt_complex_pow(x, y);
    if (errno == EDOM) {
        PyErr_SetString(PyExc_ZeroDivisionError, "0.0 to a negative or complex power");
        return NULL;
    }
    if (errno == ERANGE) {
        PyErr_SetString(PyExc_OverflowError, "complex exponentiation");
        return NULL;
    }
    return PyComplex_FromCComplex(p);
}

static PyObject *
complex_neg(PyObject *o)
{
    Py_complex c = ((PyComplexObject *)o)->cval;
    return PyComplex_FromDoubles(-c.real, -c.imag);
}

static PyObject *
complex_pos(PyObject *o)
{
    if (PyComplex_CheckExact(o))
        return Py_NewRef(o);
    return PyComplex_FromCComplex(((PyComplexObject *)o)->cval);
}

static PyObject *
complex_abs(PyObject *o)
{
    Py_complex c = ((PyComplexObject *)o)->cval;
    double r;
    if (!isfinite(c.real) || !isfinite(c.imag)) {
        // An infinite part wins over a NaN in the other.
        r = isinf(c.real) || isinf(c.imag) ? INFINITY : NAN;
    } else {
        r = hypot(c.real, c.imag);
        if (isinf(r)) {
            PyErr_SetString(PyExc_OverflowError, "absolute value too large");
            return NULL;
        }
    }
    return PyFloat_FromDouble(r);
}

static int
complex_bool(PyObject *o)
{
    Py_complex c = ((PyComplexObject *)o)->cval;
    return c.real != 0.0 || c.imag != 0.0;
}

static PyObject *
complex_conjugate_method(PyObject *o, PyObject *unused)
{
    return rt_complex_conjugate(o);
}

static PyObject *
complex_complex_method(PyObject *o, PyObject *unused)
{
    return complex_pos(o);
}

static PyObject *
complex_getnewargs_method(PyObject *o, PyObject *unused)
{
    Py_complex c = ((PyComplexObject *)o)->cval;
    PyObject *items[2] = {PyFloat_FromDouble(c.real), PyFloat_FromDouble(c.imag)};
    if (items[0] == NULL || items[1] == NULL) {
        Py_XDECREF(items[0]);
        Py_XDECREF(items[1]);
        return NULL;
    }
    return rt_tuple_from_array_steal(items, 2);
}

static PyMethodDef complex_methods[] = {
    {"conjugate", complex_conjugate_method, METH_NOARGS,
     "conjugate($self, /)\n--\n\nReturn the complex conjugate of its argument. (3-4j)."
     "conjugate() == 3+4j."},
    {"__complex__", complex_complex_method, METH_NOARGS,
     "__complex__($self, /)\n--\n\nConvert this value to exact type complex."},
    {"__getnewargs__", complex_getnewargs_method, METH_NOARGS,
     "__getnewargs__($self, /)\n--\n\n"},
    {"__format__", rt_format_complex, METH_O,
     "__format__($self, format_spec, /)\n--\n\nConvert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

// Members, not getsets, as in CPython: assigning one says "readonly attribute".
static PyMemberDef complex_members[] = {
    {"real", T_DOUBLE, offsetof(PyComplexObject, cval.real), READONLY,
     "the real part of a complex number"},
    {"imag", T_DOUBLE, offsetof(PyComplexObject, cval.imag), READONLY,
     "the imaginary part of a complex number"},
    {NULL},
};

static PyNumberMethods complex_as_number = {
    .nb_add = complex_add,
    .nb_subtract = complex_sub,
    .nb_multiply = complex_mul,
    .nb_power = complex_pow,
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .nb_true_divide = complex_div,
};

PyTypeObject PyComplex_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "complex",
    .tp_basicsize = sizeof(PyComplexObject),
    .tp_dealloc = rt_object_generic_dealloc,
    .tp_repr = complex_repr,
    .tp_as_number = &complex_as_number,
    .tp_hash = complex_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Create a complex number from a real part and an optional imaginary part.",
    .tp_richcompare = complex_richcompare,
    .tp_methods = complex_methods,
    .tp_members = complex_members,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = complex_new,
    .tp_free = PyObject_Free,
};
