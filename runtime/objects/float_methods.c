// float_methods.c: the methods and attributes of float (is_integer, as_integer_ratio,
// conjugate, real/imag, __trunc__/__floor__/__ceil__/__round__, __getformat__,
// __getnewargs__) and the method table. The type, its slots and its repr are in float.c and
// float_repr.c, hex() and fromhex() in float_hex.c.
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/format.h"
#include "runtime/call.h"
#include "runtime/objects/float_internal.h"
#include "runtime/objects/method_tables.h"

static PyObject *
float_exact(PyObject *self, PyObject *unused)
{
    if (PyFloat_CheckExact(self))
        return Py_NewRef(self);
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(self));
}

static PyObject *
float_exact_getter(PyObject *self, void *closure)
{
    return float_exact(self, NULL);
}

static PyObject *
float_zero_getter(PyObject *self, void *closure)
{
    return PyFloat_FromDouble(0.0);
}

static PyObject *
float_is_integer_meth(PyObject *self, PyObject *unused)
{
    double x = PyFloat_AS_DOUBLE(self);
    return PyBool_FromLong(isfinite(x) && floor(x) == x);
}

// (numerator, denominator) with x == n / d exactly and d > 0.
static PyObject *
float_as_integer_ratio_meth(PyObject *self, PyObject *unused)
{
    double x = PyFloat_AS_DOUBLE(self);
    if (isinf(x)) {
        PyErr_SetString(PyExc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(x)) {
        PyErr_SetString(PyExc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int exponent;
    double part = frexp(x, &exponent);
    for (int i = 0; i < 300 && part != floor(part); i++) {
        part *= 2.0;
        exponent--;
    }
    PyObject *num = PyLong_FromDouble(part), *den = PyLong_FromLong(1);
    PyObject *shift = PyLong_FromLong(exponent > 0 ? exponent : -exponent), *r = NULL;
    if (num != NULL && den != NULL && shift != NULL) {
        PyObject **target = exponent > 0 ? &num : &den;
        Py_SETREF(*target, PyNumber_Lshift(*target, shift));
        if (*target != NULL)
            r = PyTuple_Pack(2, num, den);
    }
    Py_XDECREF(num);
    Py_XDECREF(den);
    Py_XDECREF(shift);
    return r;
}

static PyObject *
float_trunc_meth(PyObject *self, PyObject *unused)
{
    return PyLong_FromDouble(PyFloat_AS_DOUBLE(self));
}

static PyObject *
float_floor_meth(PyObject *self, PyObject *unused)
{
    return PyLong_FromDouble(floor(PyFloat_AS_DOUBLE(self)));
}

static PyObject *
float_ceil_meth(PyObject *self, PyObject *unused)
{
    return PyLong_FromDouble(ceil(PyFloat_AS_DOUBLE(self)));
}

// q = n / d rounded half to even (d > 0, n >= 0): a new int or NULL.
static PyObject *
divide_nearest_even(PyObject *n, PyObject *d)
{
    PyObject *qr = PyNumber_Divmod(n, d), *two = PyLong_FromLong(2), *twice = NULL, *q = NULL;
    if (qr == NULL || two == NULL ||
        (twice = PyNumber_Multiply(PyTuple_GET_ITEM(qr, 1), two)) == NULL)
        goto done;
    q = PyTuple_GET_ITEM(qr, 0);
    int cmp = rt_int_compare(twice, d);
    if (cmp > 0 || (cmp == 0 && (PyLong_AsUnsignedLongLongMask(q) & 1))) {
        PyObject *one = PyLong_FromLong(1);
        q = one != NULL ? PyNumber_Add(q, one) : NULL;
        Py_XDECREF(one);
    }
    else
        Py_INCREF(q);
done:
    Py_XDECREF(qr);
    Py_XDECREF(two);
    Py_XDECREF(twice);
    return q;
}

// round(x, ndigits) for finite x, as CPython's double_round: the exact value of x rounded
// half to even at 10**-ndigits, then read back as the nearest double ("<q>e<-ndigits>").
// Used for ndigits < 0, which no format can express.
static PyObject *
double_round(double x, int ndigits)
{
    PyObject *ratio = NULL, *ten = PyLong_FromLong(10), *power = NULL, *n = NULL, *d = NULL;
    PyObject *q = NULL, *digits = NULL, *result = NULL;
    PyObject *absx = PyFloat_FromDouble(fabs(x));
    PyObject *k = PyLong_FromLong(ndigits < 0 ? -ndigits : ndigits);
    if (absx == NULL || ten == NULL || k == NULL ||
        (ratio = float_as_integer_ratio_meth(absx, NULL)) == NULL ||
        (power = PyNumber_Power(ten, k, Py_None)) == NULL)
        goto done;
    // |x| * 10**ndigits = n / d
    n = ndigits >= 0 ? PyNumber_Multiply(PyTuple_GET_ITEM(ratio, 0), power)
                     : Py_NewRef(PyTuple_GET_ITEM(ratio, 0));
    d = ndigits >= 0 ? Py_NewRef(PyTuple_GET_ITEM(ratio, 1))
                     : PyNumber_Multiply(PyTuple_GET_ITEM(ratio, 1), power);
    if (n == NULL || d == NULL || (q = divide_nearest_even(n, d)) == NULL ||
        (digits = rt_int_to_string(q, 10, 0)) == NULL)
        goto done;
    const char *text = PyUnicode_AsUTF8(digits);
    size_t len = strlen(text) + 16;
    char *buf = PyMem_Malloc(len);
    if (buf == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    snprintf(buf, len, "%s%se%d", signbit(x) ? "-" : "", text, -ndigits);
    char *end;
    double rounded = rt_float_parse(buf, &end);
    PyMem_Free(buf);
    if (isinf(rounded))
        PyErr_SetString(PyExc_OverflowError, "rounded value too large to represent");
    else
        result = PyFloat_FromDouble(rounded);
done:
    Py_XDECREF(absx);
    Py_XDECREF(ten);
    Py_XDECREF(k);
    Py_XDECREF(ratio);
    Py_XDECREF(power);
    Py_XDECREF(n);
    Py_XDECREF(d);
    Py_XDECREF(q);
    Py_XDECREF(digits);
    return result;
}

// round(x, ndigits) for finite x and ndigits >= 0, as CPython's double_round: format(x,
// ".<ndigits>f") is the exact value rounded half to even, and reading it back gives the
// double. Faster than double_round's ints, and the formatting code is shared with format().
static PyObject *
round_by_formatting(double x, int ndigits)
{
    char *text = PyOS_double_to_string(x, 'f', ndigits, 0, NULL);
    if (text == NULL)
        return NULL;
    char *end;
    double rounded = rt_float_parse(text, &end);
    PyMem_Free(text);
    return PyFloat_FromDouble(rounded);
}

PyObject *
rt_float_round(PyObject *v, PyObject *ndigits)
{
    double x = PyFloat_AS_DOUBLE(v);
    if (ndigits == NULL || ndigits == Py_None) {
        double rounded = round(x);
        if (fabs(x - rounded) == 0.5) // round() took a tie away from zero: go to even
            rounded = 2.0 * round(x / 2.0);
        return PyLong_FromDouble(rounded);
    }
    Py_ssize_t n = PyNumber_AsSsize_t(ndigits, NULL); // clamps huge values
    if (n == -1 && PyErr_Occurred())
        return NULL;
    // Beyond these, x rounds to itself or to zero (CPython's NDIGITS_MAX / NDIGITS_MIN).
    if (!isfinite(x) || n > 323)
        return PyFloat_FromDouble(x);
    if (n < -308)
        return PyFloat_FromDouble(0.0 * x);
    return n >= 0 ? round_by_formatting(x, (int)n) : double_round(x, (int)n);
}

// __round__(ndigits=None): to an int, half to even; with ndigits, to a float.
static PyObject *
float_round_meth(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("__round__", nargs, 0, 1))
        return NULL;
    return rt_float_round(self, nargs == 0 ? NULL : args[0]);
}

static PyObject *
float_getnewargs_meth(PyObject *self, PyObject *unused)
{
    PyObject *v = PyFloat_FromDouble(PyFloat_AS_DOUBLE(self));
    return v != NULL ? rt_tuple_from_array_steal(&v, 1) : NULL;
}

// float.__getformat__(typestr): how C doubles and floats are stored, which the test suite
// asks. Krait only builds for little-endian IEEE 754 machines (x86-64, AArch64).
static PyObject *
float_getformat_meth(PyObject *type, PyObject *typestr)
{
    if (!PyUnicode_Check(typestr))
        return PyErr_Format(PyExc_TypeError, "__getformat__() argument must be str, not %.50s",
                            rt_type_name(Py_TYPE(typestr)));
    if (!rt_str_equal_ascii(typestr, "double") && !rt_str_equal_ascii(typestr, "float")) {
        PyErr_SetString(PyExc_ValueError,
                        "__getformat__() argument 1 must be 'double' or 'float'");
        return NULL;
    }
    return PyUnicode_FromString("IEEE, little-endian");
}

// __format__(format_spec): the spec must be a str before format.c sees it (format()'s own
// message differs).
static PyObject *
float_format_meth(PyObject *self, PyObject *spec)
{
    if (!PyUnicode_Check(spec)) {
        PyErr_Format(PyExc_TypeError, "__format__() argument must be str, not %.50s",
                     rt_type_name(Py_TYPE(spec)));
        return NULL;
    }
    return rt_format_float(self, spec);
}

PyMethodDef rt_float_methods[] = {
    {"__format__", float_format_meth, METH_O,
     "__format__($self, format_spec, /)\n--\n\nFormats the float according to format_spec."},
    {"conjugate", float_exact, METH_NOARGS,
     "conjugate($self, /)\n--\n\nReturn self, the complex conjugate of any float."},
    {"__trunc__", float_trunc_meth, METH_NOARGS,
     "__trunc__($self, /)\n--\n\nReturn the Integral closest to x between 0 and x."},
    {"__floor__", float_floor_meth, METH_NOARGS,
     "__floor__($self, /)\n--\n\nReturn the floor as an Integral."},
    {"__ceil__", float_ceil_meth, METH_NOARGS,
     "__ceil__($self, /)\n--\n\nReturn the ceiling as an Integral."},
    {"__round__", (PyCFunction)(void (*)(void))float_round_meth, METH_FASTCALL,
     "__round__($self, ndigits=None, /)\n--\n\nReturn the Integral closest to x, rounding half "
     "toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)."},
    {"as_integer_ratio", float_as_integer_ratio_meth, METH_NOARGS,
     "as_integer_ratio($self, /)\n--\n\nReturn integer ratio.\n\nReturn a pair of integers, "
     "whose ratio is exactly equal to the original float\nand with a positive denominator.\n\n"
     "Raise OverflowError on infinities and a ValueError on NaNs.\n\n>>> "
     "(10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> "
     "(-.25).as_integer_ratio()\n(-1, 4)"},
    {"is_integer", float_is_integer_meth, METH_NOARGS,
     "is_integer($self, /)\n--\n\nReturn True if the float is an integer."},
    {"hex", rt_float_hex_method, METH_NOARGS,
     "hex($self, /)\n--\n\nReturn a hexadecimal representation of a floating-point number."
     "\n\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n"
     "'0x1.921f9f01b866ep+1'"},
    {"fromhex", rt_float_fromhex_method, METH_O | METH_CLASS,
     "fromhex($type, string, /)\n--\n\nCreate a floating-point number from a hexadecimal "
     "string.\n\n>>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> "
     "float.fromhex('-0x1p-1074')\n-5e-324"},
    {"__getnewargs__", float_getnewargs_meth, METH_NOARGS, "__getnewargs__($self, /)\n--\n\n"},
    {"__getformat__", float_getformat_meth, METH_O | METH_CLASS,
     "__getformat__($type, typestr, /)\n--\n\nYou probably don't want to use this "
     "function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists mainly to be "
     "used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, "
     "big-endian' or 'IEEE,\nlittle-endian' best describes the format of floating point "
     "numbers used by the\nC type named by typestr."},
    {NULL},
};

PyGetSetDef rt_float_getsets[] = {
    {"real", float_exact_getter, NULL, "the real part of a complex number", NULL},
    {"imag", float_zero_getter, NULL, "the imaginary part of a complex number", NULL},
    {NULL},
};
