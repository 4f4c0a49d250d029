// int.c: the int type's representation (a word, or GMP beyond int64_t), the small-int cache,
// conversions to and from C numbers, comparison, hashing and the type object. Arithmetic is in
// int_ops.c, string conversion and int() in int_format.c, bool in bool.c.
#include <float.h>
#include <math.h>
#include "runtime/runtime.h"
#include "runtime/objects/format.h"
#include "runtime/call.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/int_internal.h"

// ---- allocation --------------------------------------------------------------------------

// -5..256 as immortal statics, built at compile time so they exist before any init runs.
// clang-format off
#define SMALL(v) {PyObject_HEAD_INIT(&PyLong_Type), (v), NULL}
#define SMALL4(v) SMALL(v), SMALL((v) + 1), SMALL((v) + 2), SMALL((v) + 3)
#define SMALL16(v) SMALL4(v), SMALL4((v) + 4), SMALL4((v) + 8), SMALL4((v) + 12)
#define SMALL64(v) SMALL16(v), SMALL16((v) + 16), SMALL16((v) + 32), SMALL16((v) + 48)
#define SMALL256(v) SMALL64(v), SMALL64((v) + 64), SMALL64((v) + 128), SMALL64((v) + 192)
// clang-format on

static PyLongObject small_ints[RT_SMALL_INT_MAX - RT_SMALL_INT_MIN + 1] = {
    SMALL(-5), SMALL(-4), SMALL(-3), SMALL(-2), SMALL(-1), SMALL256(0), SMALL(256),
};

_Static_assert(sizeof small_ints / sizeof small_ints[0] == 5 + 256 + 1, "small int table size");

static PyLongObject *
alloc_int(void)
{
    PyLongObject *o = PyObject_Malloc(sizeof(PyLongObject));
    if (o == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    rt_new_reference((PyObject *)o);
    o->ob_base.ob_type = &PyLong_Type;
    o->big = NULL;
    return o;
}

PyObject *
rt_int_from_int64(int64_t v)
{
    if (v >= RT_SMALL_INT_MIN && v <= RT_SMALL_INT_MAX)
        return Py_NewRef(&small_ints[v - RT_SMALL_INT_MIN]);
    PyLongObject *o = alloc_int();
    if (o == NULL)
        return NULL;
    o->value = v;
    return (PyObject *)o;
}

PyObject *
rt_int_from_mpz(mpz_ptr z)
{
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        mpz_clear(z);
        return rt_int_from_int64(v);
    }
    PyLongObject *o = alloc_int();
    mpz_ptr big = o != NULL ? PyMem_Malloc(sizeof(__mpz_struct)) : NULL;
    if (big == NULL) {
        mpz_clear(z);
        if (o != NULL) {
            PyObject_Free(o);
            PyErr_NoMemory();
        }
        return NULL;
    }
    // mpz_init allocates nothing in GMP 6; the swap hands z's limbs over without copying.
    mpz_init(big);
    mpz_swap(big, z);
    mpz_clear(z);
    o->value = 0;
    o->big = (struct __mpz_struct *)big;
    return (PyObject *)o;
}

static void
int_dealloc(PyObject *o)
{
    PyLongObject *l = (PyLongObject *)o;
    if (l->big != NULL) {
        mpz_clear(rt_int_big(o));
        PyMem_Free(l->big);
        l->big = NULL;
    }
    Py_TYPE(o)->tp_free(o);
}

// ---- from C numbers ----------------------------------------------------------------------

PyObject *
PyLong_FromLong(long v)
{
    return rt_int_from_int64(v);
}

PyObject *
PyLong_FromLongLong(long long v)
{
    return rt_int_from_int64(v);
}

PyObject *
PyLong_FromSsize_t(Py_ssize_t v)
{
    return rt_int_from_int64(v);
}

PyObject *
PyLong_FromUnsignedLongLong(unsigned long long v)
{
    if (v <= INT64_MAX)
        return rt_int_from_int64((int64_t)v);
    mpz_t z;
    mpz_init_set_ui(z, v);
    return rt_int_from_mpz(z);
}

PyObject *
PyLong_FromUnsignedLong(unsigned long v)
{
    return PyLong_FromUnsignedLongLong(v);
}

PyObject *
PyLong_FromSize_t(size_t v)
{
    return PyLong_FromUnsignedLongLong(v);
}

PyObject *
PyLong_FromDouble(double v)
{
    if (isnan(v)) {
        PyErr_SetString(PyExc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    if (isinf(v)) {
        PyErr_SetString(PyExc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    // -2**63 <= v < 2**63 converts directly; the cast truncates toward zero as int() must.
    if (v >= -9223372036854775808.0 && v < 9223372036854775808.0)
        return rt_int_from_int64((int64_t)v);
    mpz_t z;
    mpz_init_set_d(z, v); // exact: a double this large is an integer
    return rt_int_from_mpz(z);
}

PyObject *
rt_int_from_trunc(PyObject *o)
{
    PyObject *name = PyUnicode_InternFromString("__trunc__");
    PyObject *f = name != NULL ? rt_type_lookup_special(o, name) : NULL;
    Py_XDECREF(name);
    if (f == NULL)
        return NULL;
    // CPython warns (DeprecationWarning) here; Krait has no warnings yet.
    PyObject *r = PyObject_CallNoArgs(f);
    Py_DECREF(f);
    if (r == NULL || PyLong_CheckExact(r))
        return r;
    if (PyLong_Check(r)) {
        Py_SETREF(r, rt_int_as_number.nb_positive(r)); // an exact copy of a subclass value
    } else if (PyIndex_Check(r)) {
        Py_SETREF(r, PyNumber_Index(r)); // any Integral will do
    } else {
        PyErr_Format(PyExc_TypeError, "__trunc__ returned non-Integral (type %.200s)",
                     rt_type_name(Py_TYPE(r)));
        Py_CLEAR(r);
    }
    return r;
}

// ---- to C numbers ------------------------------------------------------------------------

// o as an int (a new reference): itself, or o.__index__().
static PyObject *
index_of(PyObject *o)
{
    if (o == NULL)
        return PyErr_BadInternalCall();
    if (PyLong_Check(o))
        return Py_NewRef(o);
    return PyNumber_Index(o);
}

long
PyLong_AsLongAndOverflow(PyObject *o, int *overflow)
{
    *overflow = 0;
    PyObject *v = index_of(o);
    if (v == NULL)
        return -1;
    long r = -1;
    if (rt_int_is_small(v))
        r = rt_int_small_value(v);
    else
        *overflow = mpz_sgn(rt_int_big(v));
    Py_DECREF(v);
    return r;
}

long
PyLong_AsLong(PyObject *o)
{
    int overflow;
    long r = PyLong_AsLongAndOverflow(o, &overflow);
    if (overflow)
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
    return r;
}

int
PyLong_AsInt(PyObject *o)
{
    int overflow;
    long r = PyLong_AsLongAndOverflow(o, &overflow);
    if (overflow || r < INT_MIN || r > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return (int)r;
}

long long
PyLong_AsLongLong(PyObject *o)
{
    int overflow;
    long r = PyLong_AsLongAndOverflow(o, &overflow);
    if (overflow)
        PyErr_SetString(PyExc_OverflowError, "int too big to convert");
    return r;
}

Py_ssize_t
PyLong_AsSsize_t(PyObject *o)
{
    int overflow;
    long r = PyLong_AsLongAndOverflow(o, &overflow);
    if (overflow)
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    return r;
}

// The value of o as an unsigned 64-bit number, raising OverflowError with neg_msg or big_msg
// (CPython's texts: "unsigned int" for any negative value, except for size_t).
static uint64_t
as_unsigned(PyObject *o, const char *neg_msg, const char *big_msg)
{
    PyObject *v = index_of(o);
    if (v == NULL)
        return (uint64_t)-1;
    uint64_t r = (uint64_t)-1;
    if (rt_int_sign(v) < 0)
        PyErr_SetString(PyExc_OverflowError, neg_msg);
    else if (rt_int_is_small(v))
        r = (uint64_t)rt_int_small_value(v);
    else if (mpz_sizeinbase(rt_int_big(v), 2) > 64)
        PyErr_SetString(PyExc_OverflowError, big_msg);
    else
        r = mpz_getlimbn(rt_int_big(v), 0);
    Py_DECREF(v);
    return r;
}

size_t
PyLong_AsSize_t(PyObject *o)
{
    return as_unsigned(o, "can't convert negative value to size_t",
                       "Python int too large to convert to C size_t");
}

unsigned long
PyLong_AsUnsignedLong(PyObject *o)
{
    return as_unsigned(o, "can't convert negative value to unsigned int",
                       "Python int too large to convert to C unsigned long");
}

unsigned long long
PyLong_AsUnsignedLongLongMask(PyObject *o)
{
    PyObject *v = index_of(o);
    if (v == NULL)
        return (unsigned long long)-1;
    uint64_t r;
    if (rt_int_is_small(v)) {
        r = (uint64_t)rt_int_small_value(v);
    } else {
        mpz_srcptr z = rt_int_big(v);
        r = mpz_getlimbn(z, 0);
        if (mpz_sgn(z) < 0)
            r = -r; // two's complement of the magnitude's low word
    }
    Py_DECREF(v);
    return r;
}

// The top 55 bits of |z| (z has more than 55 bits) with the lowest one or'ed with every bit
// below them: converting that to double rounds exactly as converting |z| would.
static uint64_t
top_bits_sticky(mpz_srcptr z, size_t shift)
{
    size_t i = shift / 64, off = shift % 64, n = mpz_size(z);
    uint64_t top = mpz_getlimbn(z, (mp_size_t)i) >> off;
    if (off != 0 && i + 1 < n)
        top |= mpz_getlimbn(z, (mp_size_t)i + 1) << (64 - off);
    top &= ((uint64_t)1 << 55) - 1;
    if (mpz_scan1(z, 0) < shift) // x and -x have the same lowest set bit
        top |= 1;
    return top;
}

// |z| correctly rounded to a double, with z's sign; -1 without an exception on overflow.
static int
big_to_double(mpz_srcptr z, double *out)
{
    size_t nbits = mpz_sizeinbase(z, 2);
    if (nbits > DBL_MAX_EXP)
        return -1;
    double d;
    if (nbits <= 55) {
        d = (double)mpz_getlimbn(z, 0);
    } else {
        size_t shift = nbits - 55;
        d = ldexp((double)top_bits_sticky(z, shift), (int)shift);
        if (isinf(d))
            return -1;
    }
    *out = mpz_sgn(z) < 0 ? -d : d;
    return 0;
}

double
PyLong_AsDouble(PyObject *o)
{
    if (o == NULL || !PyLong_Check(o)) {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return -1.0;
    }
    if (rt_int_is_small(o))
        return (double)rt_int_small_value(o); // the conversion rounds to nearest, ties to even
    double d;
    if (big_to_double(rt_int_big(o), &d) < 0) {
        PyErr_SetString(PyExc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

int
rt_int_compare_double(PyObject *o, double d)
{
    RtIntView v;
    int c = mpz_cmp_d(rt_int_view(o, &v), d); // exact, and defined for infinities
    return (c > 0) - (c < 0);
}

// ---- properties and comparison -------------------------------------------------------------

int
rt_int_sign(PyObject *o)
{
    if (rt_int_is_small(o)) {
        int64_t v = rt_int_small_value(o);
        return (v > 0) - (v < 0);
    }
    return mpz_sgn(rt_int_big(o));
}

size_t
rt_int_bit_length(PyObject *o)
{
    if (rt_int_is_small(o)) {
        int64_t v = rt_int_small_value(o);
        uint64_t m = v < 0 ? -(uint64_t)v : (uint64_t)v;
        return m == 0 ? 0 : 64 - (size_t)__builtin_clzll(m);
    }
    return mpz_sizeinbase(rt_int_big(o), 2);
}

int
rt_int_compare(PyObject *a, PyObject *b)
{
    if (rt_int_is_small(a) && rt_int_is_small(b)) {
        int64_t x = rt_int_small_value(a), y = rt_int_small_value(b);
        return (x > y) - (x < y);
    }
    RtIntView va, vb;
    int c = mpz_cmp(rt_int_view(a, &va), rt_int_view(b, &vb));
    return (c > 0) - (c < 0);
}

// Mixed int/float comparisons belong to float's tp_richcompare (it sees the reflected call).
static PyObject *
int_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyLong_Check(a) || !PyLong_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    Py_RETURN_RICHCOMPARE(rt_int_compare(a, b), 0, op);
}

// CPython's numeric hash: |x| mod 2**61-1 with x's sign, so that equal ints, floats and
// fractions hash alike; -1 is reserved for errors and becomes -2.
static Py_hash_t
int_hash(PyObject *o)
{
    uint64_t m;
    int negative;
    if (rt_int_is_small(o)) {
        int64_t v = rt_int_small_value(o);
        negative = v < 0;
        m = (negative ? -(uint64_t)v : (uint64_t)v) % PyHASH_MODULUS;
    } else {
        mpz_srcptr z = rt_int_big(o);
        negative = mpz_sgn(z) < 0;
        m = mpz_tdiv_ui(z, PyHASH_MODULUS); // of the magnitude
    }
    Py_hash_t h = negative ? -(Py_hash_t)m : (Py_hash_t)m;
    return h == -1 ? -2 : h;
}

// ---- the type ----------------------------------------------------------------------------

// ---- methods and attributes ---------------------------------------------------------------

// The value as an exact int (bool and subclasses give a plain int), as CPython's long_long.
static PyObject *
int_exact(PyObject *self, PyObject *unused)
{
    if (PyLong_CheckExact(self))
        return Py_NewRef(self);
    return rt_int_as_number.nb_positive(self);
}

static PyObject *
int_exact_getter(PyObject *self, void *closure)
{
    return int_exact(self, NULL);
}

static PyObject *
int_zero_getter(PyObject *self, void *closure)
{
    return PyLong_FromLong(0);
}

static PyObject *
int_one_getter(PyObject *self, void *closure)
{
    return PyLong_FromLong(1);
}

static PyObject *
int_bit_length_meth(PyObject *self, PyObject *unused)
{
    return PyLong_FromSize_t(rt_int_bit_length(self));
}

static PyObject *
int_bit_count_meth(PyObject *self, PyObject *unused)
{
    RtIntView v;
    mpz_srcptr z = rt_int_view(self, &v);
    // Popcount of the magnitude: the limbs of an mpz are the absolute value.
    size_t n = 0;
    for (size_t i = 0; i < mpz_size(z); i++)
        n += (size_t)__builtin_popcountll(mpz_getlimbn(z, (mp_size_t)i));
    return PyLong_FromSize_t(n);
}

static PyObject *
int_as_integer_ratio_meth(PyObject *self, PyObject *unused)
{
    PyObject *num = int_exact(self, NULL), *one = PyLong_FromLong(1);
    PyObject *r = num != NULL && one != NULL ? PyTuple_Pack(2, num, one) : NULL;
    Py_XDECREF(num);
    Py_XDECREF(one);
    return r;
}

// self rounded half to even to a multiple of m = 10**-ndigits (CPython's divmod_near):
// self - r, plus m when r is above half of m, or exactly half with q odd.
static PyObject *
round_to_power_of_ten(PyObject *self, PyObject *ndigits)
{
    PyObject *ten = PyLong_FromLong(10), *two = PyLong_FromLong(2);
    PyObject *exp = PyNumber_Negative(ndigits), *m = NULL, *qr = NULL, *twice = NULL;
    PyObject *down = NULL, *result = NULL;
    if (ten == NULL || two == NULL || exp == NULL ||
        (m = PyNumber_Power(ten, exp, Py_None)) == NULL ||
        (qr = PyNumber_Divmod(self, m)) == NULL ||
        (twice = PyNumber_Multiply(PyTuple_GET_ITEM(qr, 1), two)) == NULL ||
        (down = PyNumber_Subtract(self, PyTuple_GET_ITEM(qr, 1))) == NULL)
        goto done;
    PyObject *q = PyTuple_GET_ITEM(qr, 0);
    int cmp = rt_int_compare(twice, m);
    int q_odd = (PyLong_AsUnsignedLongLongMask(q) & 1) != 0;
    result = cmp > 0 || (cmp == 0 && q_odd) ? PyNumber_Add(down, m) : Py_NewRef(down);
done:
    Py_XDECREF(ten);
    Py_XDECREF(two);
    Py_XDECREF(exp);
    Py_XDECREF(m);
    Py_XDECREF(qr);
    Py_XDECREF(twice);
    Py_XDECREF(down);
    return result;
}

// __round__(ndigits=None): an int is its own rounding unless ndigits < 0.
static PyObject *
int_round_meth(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("__round__", nargs, 0, 1))
        return NULL;
    // None is an error here, as in CPython: only the builtin round() maps it to "absent".
    return rt_int_round(self, nargs == 0 ? NULL : args[0]);
}

PyObject *
rt_int_round(PyObject *v, PyObject *ndigits)
{
    if (ndigits == NULL)
        return int_exact(v, NULL);
    PyObject *nd = PyNumber_Index(ndigits);
    if (nd == NULL)
        return NULL;
    PyObject *r = rt_int_sign(nd) >= 0 ? int_exact(v, NULL) : round_to_power_of_ten(v, nd);
    Py_DECREF(nd);
    return r;
}

// CPython's size of the value (a 24-byte header and at least one 30-bit digit in 4 bytes),
// which programs print through sys.getsizeof; Krait's own object is a fixed 32 bytes.
static PyObject *
int_sizeof_meth(PyObject *self, PyObject *unused)
{
    size_t digits = (rt_int_bit_length(self) + 29) / 30;
    return PyLong_FromSize_t(24 + 4 * (digits > 0 ? digits : 1));
}

static PyObject *
int_getnewargs_meth(PyObject *self, PyObject *unused)
{
    PyObject *v = int_exact(self, NULL);
    return v != NULL ? rt_tuple_from_array_steal(&v, 1) : NULL;
}

// __format__(format_spec): the spec must be a str before format.c sees it (format()'s own
// message differs).
static PyObject *
int_format_meth(PyObject *self, PyObject *spec)
{
    if (!PyUnicode_Check(spec)) {
        PyErr_Format(PyExc_TypeError, "__format__() argument must be str, not %.50s",
                     rt_type_name(Py_TYPE(spec)));
        return NULL;
    }
    return rt_format_long(self, spec);
}

static PyMethodDef int_methods[] = {
    {"__format__", int_format_meth, METH_O, "__format__($self, format_spec, /)\n--\n\n"},
    {"conjugate", int_exact, METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length_meth, METH_NOARGS,
     "bit_length($self, /)\n--\n\nNumber of bits necessary to represent self in binary.\n\n"
     ">>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6"},
    {"bit_count", int_bit_count_meth, METH_NOARGS,
     "bit_count($self, /)\n--\n\nNumber of ones in the binary representation of the absolute "
     "value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> "
     "(13).bit_count()\n3"},
    {"as_integer_ratio", int_as_integer_ratio_meth, METH_NOARGS,
     "as_integer_ratio($self, /)\n--\n\nReturn integer ratio.\n\nReturn a pair of integers, "
     "whose ratio is exactly equal to the original int\nand with a positive denominator.\n\n"
     ">>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> "
     "(0).as_integer_ratio()\n(0, 1)"},
    {"__trunc__", int_exact, METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", int_exact, METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", int_exact, METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__getnewargs__", int_getnewargs_meth, METH_NOARGS, "__getnewargs__($self, /)\n--\n\n"},
    {"__sizeof__", int_sizeof_meth, METH_NOARGS,
     "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes."},
    {"to_bytes", (PyCFunction)(void (*)(void))rt_int_to_bytes_method,
     METH_FASTCALL | METH_KEYWORDS,
     "to_bytes($self, /, length=1, byteorder='big', *, signed=False)\n--\n\nReturn an array "
     "of bytes representing an integer.\n\n  length\n    Length of bytes object to use.  An "
     "OverflowError is raised if the\n    integer is not representable with the given number "
     "of bytes.  Default\n    is length 1.\n  byteorder\n    The byte order used to represent "
     "the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning "
     "of the byte array.  If\n    byteorder is 'little', the most significant byte is at the "
     "end of the\n    byte array.  To request the native byte order of the host system, use\n"
     "    `sys.byteorder' as the byte order value.  Default is to use 'big'.\n  signed\n    "
     "Determines whether two's complement is used to represent the integer.\n    If signed is "
     "False and a negative integer is given, an OverflowError\n    is raised."},
    {"from_bytes", (PyCFunction)(void (*)(void))rt_int_from_bytes_method,
     METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
     "from_bytes($type, /, bytes, byteorder='big', *, signed=False)\n--\n\nReturn the "
     "integer represented by the given array of bytes.\n\n  bytes\n    Holds the array of "
     "bytes to convert.  The argument must either\n    support the buffer protocol or be an "
     "iterable object producing bytes.\n    Bytes and bytearray are examples of built-in "
     "objects that support the\n    buffer protocol.\n  byteorder\n    The byte order used "
     "to represent the integer.  If byteorder is 'big',\n    the most significant byte is at "
     "the beginning of the byte array.  If\n    byteorder is 'little', the most significant "
     "byte is at the end of the\n    byte array.  To request the native byte order of the "
     "host system, use\n    `sys.byteorder' as the byte order value.  Default is to use "
     "'big'.\n  signed\n    Indicates whether two's complement is used to represent the "
     "integer."},
    {"__round__", (PyCFunction)(void (*)(void))int_round_meth, METH_FASTCALL,
     "__round__($self, ndigits=<unrepresentable>, /)\n--\n\nRounding an Integral returns "
     "itself.\n\nRounding with an ndigits argument also returns an integer."},
    {NULL},
};

static PyGetSetDef int_getsets[] = {
    {"real", int_exact_getter, NULL, "the real part of a complex number", NULL},
    {"imag", int_zero_getter, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_exact_getter, NULL, "the numerator of a rational number in lowest terms",
     NULL},
    {"denominator", int_one_getter, NULL, "the denominator of a rational number in lowest terms",
     NULL},
    {NULL},
};

PyTypeObject PyLong_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "int",
    .tp_basicsize = sizeof(PyLongObject),
    .tp_dealloc = int_dealloc,
    .tp_repr = rt_int_repr,
    .tp_as_number = &rt_int_as_number,
    .tp_hash = int_hash,
    // no tp_str: str() falls back to repr, so a subclass's __repr__ applies to str() too
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LONG_SUBCLASS,
    .tp_doc = "int([x]) -> integer\n"
              "int(x, base=10) -> integer\n"
              "\n"
              "Convert a number or string to an integer, or return 0 if no arguments\n"
              "are given.  If x is a number, return x.__int__().  For floating point\n"
              "numbers, this truncates towards zero.\n"
              "\n"
              "If x is not a number or if base is given, then x must be a string,\n"
              "bytes, or bytearray instance representing an integer literal in the\n"
              "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
              "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
              "Base 0 means to interpret the base from the string as an integer literal.\n"
              ">>> int('0b100', base=0)\n"
              "4",
    .tp_richcompare = int_richcompare,
    .tp_methods = int_methods,
    .tp_getset = int_getsets,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = rt_int_tp_new,
    .tp_free = PyObject_Free,
};
