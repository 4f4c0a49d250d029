// float_hex.c: floats as hexadecimal text: float.hex() ("0x1.8000000000000p+1") and the class
// method float.fromhex(), exactly as CPython 3.11 prints and reads them. Decimal text is in
// float_repr.c, the other float methods in float_methods.c.
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/float_internal.h"
#include "runtime/objects/str_props.h"

// ---- float.hex() ---------------------------------------------------------------------------

// Hex digits after the point: DBL_MANT_DIG - 1 = 52 bits, four per digit.
#define HEX_FRACTION_DIGITS ((DBL_MANT_DIG - 1) / 4)

PyObject *
rt_float_hex_method(PyObject *self, PyObject *unused)
{
    static const char digits[] = "0123456789abcdef";
    double x = PyFloat_AS_DOUBLE(self);
    if (isnan(x) || isinf(x))
        return rt_float_repr(x);
    if (x == 0.0)
        return PyUnicode_FromString(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    // |x| = m * 2**e with 1 <= m < 2, or m < 1 at the subnormal exponent DBL_MIN_EXP - 1:
    // frexp gives 0.5 <= m < 1, so move one bit (more for subnormals) into the integer part.
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char buf[64];
    int n = 0;
    if (x < 0)
        buf[n++] = '-';
    buf[n++] = '0';
    buf[n++] = 'x';
    buf[n++] = digits[(int)m];
    m -= (int)m;
    buf[n++] = '.';
    for (int i = 0; i < HEX_FRACTION_DIGITS; i++) {
        m *= 16.0; // exact: only the 52 fraction bits are shifted
        buf[n++] = digits[(int)m];
        m -= (int)m;
    }
    snprintf(buf + n, sizeof buf - (size_t)n, "p%c%d", e < 0 ? '-' : '+', abs(e));
    return PyUnicode_FromString(buf);
}

// ---- float.fromhex() -----------------------------------------------------------------------

static int
hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

// The parts of "[0x] <digits> [. <digits>] [p <exponent>]" once the sign is read.
typedef struct {
    const char *intpart, *fracpart; // the digits before and after the point
    Py_ssize_t nint, nfrac;
    long exp; // the binary exponent, clamped to +-LONG_MAX / 2 (then only its sign counts)
} HexFloat;

// The decimal exponent at s (sign and at least one digit), clamped; the end in *end, or NULL.
static const char *
scan_exponent(const char *s, long *exp)
{
    int negative = *s == '-';
    if (*s == '+' || *s == '-')
        s++;
    if (*s < '0' || *s > '9')
        return NULL;
    const long limit = LONG_MAX / 2; // a larger exponent overflows or underflows anyway
    long v = 0;
    for (; *s >= '0' && *s <= '9'; s++)
        v = v > (limit - 9) / 10 ? limit : v * 10 + (*s - '0');
    *exp = negative ? -v : v;
    return s;
}

// Parse the coefficient and exponent at s: the end, or NULL when the text is no hex float.
static const char *
scan_hex_float(const char *s, HexFloat *h)
{
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        s += 2;
    h->intpart = s;
    while (hex_value(*s) >= 0)
        s++;
    h->nint = s - h->intpart;
    h->fracpart = s;
    h->nfrac = 0;
    if (*s == '.') {
        h->fracpart = ++s;
        while (hex_value(*s) >= 0)
            s++;
        h->nfrac = s - h->fracpart;
    }
    if (h->nint + h->nfrac == 0)
        return NULL;
    h->exp = 0;
    if (*s == 'p' || *s == 'P')
        s = scan_exponent(s + 1, &h->exp);
    return s;
}

// The value of h, correctly rounded (half to even, subnormals included); -1 with
// OverflowError if it is too large. The C library's strtod reads hex floats exactly, so h is
// rewritten as "0x<all digits>p<exponent>", which needs no locale-dependent point.
static int
hex_float_value(const HexFloat *h, double *out)
{
    const char *first = h->intpart;
    Py_ssize_t nint = h->nint;
    while (nint > 0 && *first == '0') { // leading zeros would only lengthen the copy
        first++;
        nint--;
    }
    int nonzero = nint > 0;
    for (Py_ssize_t i = 0; i < h->nfrac && !nonzero; i++)
        nonzero = h->fracpart[i] != '0';
    if (!nonzero || h->exp <= -(LONG_MAX / 2)) {
        *out = 0.0;
        return 0;
    }
    if (h->exp >= LONG_MAX / 2)
        goto overflow;
    size_t len = (size_t)(nint + h->nfrac);
    char *buf = PyMem_Malloc(len + 32);
    if (buf == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    memcpy(buf, "0x", 2);
    memcpy(buf + 2, first, (size_t)nint);
    memcpy(buf + 2 + nint, h->fracpart, (size_t)h->nfrac);
    snprintf(buf + 2 + len, 30, "p%ld", h->exp - 4 * (long)h->nfrac);
    double v = strtod(buf, NULL);
    PyMem_Free(buf);
    if (!isinf(v)) { // an underflow (to a subnormal or zero) is no error
        *out = v;
        return 0;
    }
overflow:
    PyErr_SetString(PyExc_OverflowError, "hexadecimal value too large to represent as a float");
    return -1;
}

// float.fromhex(s) for the UTF-8 text s[0 .. n): a double, or -1 with an error set.
static int
parse_fromhex(const char *s, Py_ssize_t n, double *out)
{
    const char *end = s + n, *p = s;
    while (rt_str_ascii_isspace((unsigned char)*p))
        p++;
    const char *word = p + (*p == '+' || *p == '-');
    double v = 0.0;
    const char *q;
    if ((*word | 0x20) == 'i' || (*word | 0x20) == 'n') { // no hex float starts so
        char *special_end;
        v = rt_float_parse(p, &special_end); // a sign, then "inf", "infinity" or "nan"
        q = special_end != p ? special_end : NULL;
    } else {
        int negative = *p == '-';
        HexFloat h;
        q = scan_hex_float(word, &h);
        if (q != NULL) {
            if (hex_float_value(&h, &v) < 0)
                return -1;
            v = negative ? -v : v;
        }
    }
    while (q != NULL && rt_str_ascii_isspace((unsigned char)*q))
        q++;
    if (q != end) {
        PyErr_SetString(PyExc_ValueError, "invalid hexadecimal floating-point string");
        return -1;
    }
    *out = v;
    return 0;
}

PyObject *
rt_float_fromhex_method(PyObject *type, PyObject *string)
{
    if (!PyUnicode_Check(string)) { // CPython's generic message (from PyUnicode_AsUTF8AndSize)
        PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(string, &n);
    double v;
    if (s == NULL || parse_fromhex(s, n, &v) < 0)
        return NULL;
    PyObject *result = PyFloat_FromDouble(v);
    // A subclass gets cls(value), so that its __new__ runs.
    if (result != NULL && type != (PyObject *)&PyFloat_Type)
        Py_SETREF(result, PyObject_CallOneArg(type, result));
    return result;
}
