// int_format.c: ints as text: str(int) in bases 2..36, parsing with Python's literal rules
// (PyLong_FromString, from str and bytes), the decimal-digit limit, and int() itself (tp_new).
// Representation and arithmetic are in int.c and int_ops.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/int_internal.h"
#include "runtime/objects/str_props.h"

int rt_int_max_str_digits = RT_INT_MAX_STR_DIGITS_DEFAULT;

static int
over_limit(size_t ndigits)
{
    return ndigits > RT_INT_MAX_STR_DIGITS_THRESHOLD && rt_int_max_str_digits > 0 &&
           ndigits > (size_t)rt_int_max_str_digits;
}

// ---- int -> text ---------------------------------------------------------------------------

static PyObject *
limit_error_to_str(void)
{
    return PyErr_Format(PyExc_ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion; "
                        "use sys.set_int_max_str_digits() to increase the limit",
                        rt_int_max_str_digits);
}

// Write the sign and, if asked, the base prefix at buf; returns the length written.
static size_t
write_prefix(char *buf, int negative, int base, int alternate)
{
    size_t n = 0;
    if (negative)
        buf[n++] = '-';
    if (alternate && (base == 2 || base == 8 || base == 16)) {
        buf[n++] = '0';
        buf[n++] = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    }
    return n;
}

static PyObject *
small_to_string(int64_t v, int base, int alternate)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    char buf[3 + 64], rev[64]; // sign, prefix, up to 64 binary digits
    uint64_t m = v < 0 ? -(uint64_t)v : (uint64_t)v;
    int n = 0;
    do {
        rev[n++] = digits[m % (unsigned)base];
        m /= (unsigned)base;
    } while (m != 0);
    size_t len = write_prefix(buf, v < 0, base, alternate);
    while (n > 0)
        buf[len++] = rev[--n];
    return PyUnicode_FromStringAndSize(buf, (Py_ssize_t)len);
}

PyObject *
rt_int_to_string(PyObject *o, int base, int alternate)
{
    if (base < 2 || base > 36)
        return PyErr_BadInternalCall();
    if (rt_int_is_small(o))
        return small_to_string(rt_int_small_value(o), base, alternate);
    mpz_srcptr z = rt_int_big(o);
    size_t est = mpz_sizeinbase(z, base); // exact, or one too many
    // Decline before converting: refusing cheaply is the point of the limit.
    if (base == 10 && over_limit(est - 1))
        return limit_error_to_str();
    char *buf = PyMem_Malloc(est + 6);
    if (buf == NULL)
        return PyErr_NoMemory();
    size_t len = write_prefix(buf, mpz_sgn(z) < 0, base, alternate);
    mpz_t mag; // |z| sharing z's limbs
    mpz_get_str(buf + len, base, mpz_roinit_n(mag, mpz_limbs_read(z), (mp_size_t)mpz_size(z)));
    size_t ndigits = strlen(buf + len);
    PyObject *s = base == 10 && over_limit(ndigits)
                      ? limit_error_to_str()
                      : PyUnicode_FromStringAndSize(buf, (Py_ssize_t)(len + ndigits));
    PyMem_Free(buf);
    return s;
}

PyObject *
rt_int_repr(PyObject *o)
{
    return rt_int_to_string(o, 10, 0);
}

// ---- text -> int ---------------------------------------------------------------------------

enum { PARSE_OK, PARSE_SYNTAX, PARSE_RAISED };

static int
digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 37; // not a digit in any base
}

static int
has_prefix(char c, int base)
{
    return (base == 16 && (c == 'x' || c == 'X')) || (base == 8 && (c == 'o' || c == 'O')) ||
           (base == 2 && (c == 'b' || c == 'B'));
}

// The int written by the digits (and underscores) in [start, stop): ndigits digits of base.
static PyObject *
digits_to_int(const char *start, const char *stop, size_t ndigits, int base, int negative)
{
    uint64_t acc = 0;
    int fits = 1;
    for (const char *p = start; p < stop && fits; p++)
        if (*p != '_')
            fits = !__builtin_mul_overflow(acc, (uint64_t)base, &acc) &&
                   !__builtin_add_overflow(acc, (uint64_t)digit_value(*p), &acc);
    if (fits && acc <= (uint64_t)INT64_MAX)
        return rt_int_from_int64(negative ? -(int64_t)acc : (int64_t)acc);
    if (ndigits > RT_INT_MAX_BITS / 6) // 6 bits per digit bound every base up to 36 (and 64)
        return PyErr_NoMemory();
    char *buf = PyMem_Malloc(ndigits + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    size_t n = 0;
    for (const char *p = start; p < stop; p++)
        if (*p != '_')
            buf[n++] = *p;
    buf[n] = '\0';
    mpz_t z;
    mpz_init_set_str(z, buf, base); // cannot fail: the digits were checked
    PyMem_Free(buf);
    if (negative)
        mpz_neg(z, z);
    return rt_int_from_mpz(z);
}

// Scan the digits at *p (single underscores between digits allowed): advances *p past them and
// counts them in *ndigits. PARSE_SYNTAX (with *p at the fault) on a misplaced underscore.
static int
scan_digits(const char **p, int base, size_t *ndigits)
{
    const char *s = *p, *lastdigit = s;
    char prev = 0;
    size_t n = 0;
    for (; digit_value((unsigned char)*s) < base || *s == '_'; prev = *s++) {
        if (*s != '_') {
            n++;
            lastdigit = s;
        } else if (prev == '_') {
            *p = lastdigit + 1;
            return PARSE_SYNTAX;
        }
    }
    *p = s;
    if (prev == '_') {
        *p = lastdigit + 1;
        return PARSE_SYNTAX;
    }
    *ndigits = n;
    return PARSE_OK;
}

// Parse the NUL-terminated literal s in base 0 or 2..36 with int()'s rules. PARSE_OK: *out is
// the int and *end the end of s. PARSE_SYNTAX: invalid (*end near the fault, nothing raised).
// PARSE_RAISED: an exception is set (digit limit, MemoryError).
static int
parse_int(const char *s, int base, PyObject **out, const char **end)
{
    const char *p = s;
    int negative = 0, error_if_nonzero = 0;
    while (rt_str_ascii_isspace((unsigned char)*p))
        p++;
    if (*p == '+' || *p == '-')
        negative = *p++ == '-';
    if (base == 0) {
        if (p[0] != '0')
            base = 10;
        else if (has_prefix(p[1], 16))
            base = 16;
        else if (has_prefix(p[1], 8))
            base = 8;
        else if (has_prefix(p[1], 2))
            base = 2;
        else { // zero, or a C-style octal literal, which Python 3 rejects
            base = 10;
            error_if_nonzero = 1;
        }
    }
    if (p[0] == '0' && has_prefix(p[1], base)) {
        p += 2;
        if (*p == '_') // one underscore may follow the prefix
            p++;
    }
    *end = p;
    if (*p == '_')
        return PARSE_SYNTAX;
    const char *start = p;
    size_t ndigits = 0;
    if (scan_digits(&p, base, &ndigits) != PARSE_OK) {
        *end = p;
        return PARSE_SYNTAX;
    }
    if ((base & (base - 1)) != 0 && over_limit(ndigits)) {
        PyErr_Format(PyExc_ValueError,
                     "Exceeds the limit (%d digits) for integer string conversion: value has "
                     "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                     rt_int_max_str_digits, ndigits);
        return PARSE_RAISED;
    }
    *end = p;
    if (ndigits == 0)
        return PARSE_SYNTAX;
    PyObject *v = digits_to_int(start, p, ndigits, base, negative);
    if (v == NULL)
        return PARSE_RAISED;
    while (rt_str_ascii_isspace((unsigned char)*p))
        p++;
    *end = p;
    if (*p != '\0' || (error_if_nonzero && rt_int_sign(v) != 0)) {
        Py_DECREF(v);
        return PARSE_SYNTAX;
    }
    *out = v;
    return PARSE_OK;
}

// Raise CPython's ValueError for an invalid literal; text is the str or bytes shown (%.200R).
static PyObject *
invalid_literal(int base, PyObject *text)
{
    if (text == NULL)
        return NULL;
    PyErr_Format(PyExc_ValueError, "invalid literal for int() with base %d: %.200R", base, text);
    return NULL;
}

PyObject *
PyLong_FromString(const char *s, char **pend, int base)
{
    if ((base != 0 && base < 2) || base > 36) {
        PyErr_SetString(PyExc_ValueError, "int() arg 2 must be >= 2 and <= 36");
        return NULL;
    }
    PyObject *v = NULL;
    const char *end = s;
    int r = parse_int(s, base, &v, &end);
    if (pend != NULL)
        *pend = (char *)end;
    if (r == PARSE_OK)
        return v;
    if (r == PARSE_RAISED)
        return NULL;
    size_t n = strlen(s);
    PyObject *text = PyUnicode_FromStringAndSize(s, (Py_ssize_t)(n < 200 ? n : 200));
    invalid_literal(base, text);
    Py_XDECREF(text);
    return NULL;
}

PyObject *
rt_int_from_bytes(const char *s, Py_ssize_t len, int base)
{
    PyObject *v = NULL;
    const char *end = s;
    int r = parse_int(s, base, &v, &end);
    if (r == PARSE_OK && end == s + len)
        return v;
    if (r == PARSE_RAISED)
        return NULL;
    Py_XDECREF(v); // parsed up to an embedded NUL
    PyObject *text = PyBytes_FromStringAndSize(s, len < 200 ? len : 200);
    invalid_literal(base, text);
    Py_XDECREF(text);
    return NULL;
}

PyObject *
PyLong_FromUnicodeObject(PyObject *s, int base)
{
    const char *text;
    char *buf = NULL;
    size_t len = (size_t)PyUnicode_GET_LENGTH(s);
    if (((PyUnicodeObject *)s)->ascii) { // the code points are their own NUL-terminated ASCII
        text = PyUnicode_DATA(s);
    } else {
        if ((buf = PyMem_Malloc(len + 1)) == NULL)
            return PyErr_NoMemory();
        rt_str_to_ascii_digits(s, buf);
        text = buf;
    }
    PyObject *v = NULL;
    const char *end = text;
    int r = parse_int(text, base, &v, &end);
    PyMem_Free(buf);
    if (r == PARSE_OK && end == text + len)
        return v;
    if (r == PARSE_RAISED)
        return NULL;
    Py_XDECREF(v); // parsed up to an embedded NUL
    return invalid_literal(base, s);
}

// ---- int() -----------------------------------------------------------------------------------

// int(x) with one argument (what CPython's PyNumber_Long does; number.c calls int for it).
static PyObject *
int_from_object(PyObject *x)
{
    if (PyLong_CheckExact(x))
        return Py_NewRef(x);
    PyNumberMethods *nb = Py_TYPE(x)->tp_as_number;
    if (nb != NULL && nb->nb_int != NULL) {
        PyObject *r = nb->nb_int(x);
        if (r == NULL || PyLong_CheckExact(r))
            return r;
        if (!PyLong_Check(r)) {
            PyErr_Format(PyExc_TypeError, "__int__ returned non-int (type %.200s)",
                         Py_TYPE(r)->tp_name);
            Py_DECREF(r);
            return NULL;
        }
        // An int subclass is accepted (CPython warns) and copied to an exact int.
        PyObject *exact = rt_int_as_number.nb_positive(r);
        Py_DECREF(r);
        return exact;
    }
    if (nb != NULL && nb->nb_index != NULL)
        return PyNumber_Index(x);
    PyObject *truncated = rt_int_from_trunc(x); // __trunc__, deprecated in 3.11
    if (truncated != NULL || PyErr_Occurred())
        return truncated;
    if (PyUnicode_Check(x))
        return PyLong_FromUnicodeObject(x, 10);
    PyObject *v = rt_int_from_bytes_like(x, 10, 1);
    if (v != NULL || PyErr_Occurred())
        return v;
    return PyErr_Format(PyExc_TypeError,
                        "int() argument must be a string, a bytes-like object or a real "
                        "number, not '%.200s'",
                        Py_TYPE(x)->tp_name);
}

// int(x, base) / int(x) / int(), returning an exact int.
static PyObject *
int_from_args(PyObject *x, PyObject *obase)
{
    if (x == NULL) {
        if (obase != NULL)
            return PyErr_Format(PyExc_TypeError, "int() missing string argument");
        return rt_int_from_int64(0);
    }
    if (obase == NULL)
        return int_from_object(x);
    Py_ssize_t base = PyNumber_AsSsize_t(obase, NULL);
    if (base == -1 && PyErr_Occurred())
        return NULL;
    if ((base != 0 && base < 2) || base > 36)
        return PyErr_Format(PyExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (PyUnicode_Check(x))
        return PyLong_FromUnicodeObject(x, (int)base);
    PyObject *v = rt_int_from_bytes_like(x, (int)base, 0);
    if (v != NULL || PyErr_Occurred())
        return v;
    return PyErr_Format(PyExc_TypeError, "int() can't convert non-string with explicit base");
}

// An instance of the int subclass `type` with the value of the exact int v (stolen).
static PyObject *
subtype_new(PyTypeObject *type, PyObject *v)
{
    PyLongObject *o = (PyLongObject *)type->tp_alloc(type, 0);
    if (o != NULL) {
        o->value = rt_int_small_value(v);
        if (!rt_int_is_small(v)) {
            mpz_ptr big = PyMem_Malloc(sizeof(__mpz_struct));
            if (big == NULL) {
                Py_DECREF(o);
                o = NULL;
                PyErr_NoMemory();
            } else {
                mpz_init_set(big, rt_int_big(v));
                o->big = (struct __mpz_struct *)big;
            }
        }
    }
    Py_DECREF(v);
    return (PyObject *)o;
}

// Unpack int(x=0, /, base=10) as Argument Clinic does, with its messages.
static int
unpack_args(PyObject *args, PyObject *kwargs, PyObject **x, PyObject **obase)
{
    Py_ssize_t nargs = args != NULL ? PyTuple_GET_SIZE(args) : 0;
    Py_ssize_t nkw = kwargs != NULL ? PyDict_GET_SIZE(kwargs) : 0;
    if (nargs + nkw > 2) {
        PyErr_Format(PyExc_TypeError, "int() takes at most 2 arguments (%zd given)", nargs + nkw);
        return -1;
    }
    *x = nargs >= 1 ? PyTuple_GET_ITEM(args, 0) : NULL;
    *obase = nargs == 2 ? PyTuple_GET_ITEM(args, 1) : NULL;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (nkw > 0 && PyDict_Next(kwargs, &pos, &key, &value)) {
        if (!PyUnicode_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "keywords must be strings");
            return -1;
        }
        if (!rt_str_equal_ascii(key, "base")) {
            PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for int()", key);
            return -1;
        }
        *obase = value;
    }
    return 0;
}

PyObject *
rt_int_tp_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    PyObject *x, *obase;
    if (unpack_args(args, kwargs, &x, &obase) < 0)
        return NULL;
    PyObject *v = int_from_args(x, obase);
    if (v == NULL || type == &PyLong_Type)
        return v;
    return subtype_new(type, v);
}
