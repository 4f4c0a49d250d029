// float.h: the float type (float.c): IEEE double, with CPython's shortest round-trip repr
// (float_repr.c, which also holds the locale-independent parser).
#ifndef KRAIT_RUNTIME_FLOAT_H
#define KRAIT_RUNTIME_FLOAT_H

#include "runtime/object.h"

typedef struct {
    PyObject_HEAD
    double ob_fval;
} PyFloatObject;

extern PyTypeObject PyFloat_Type;

#define PyFloat_Check(o) PyObject_TypeCheck(o, &PyFloat_Type)
#define PyFloat_CheckExact(o) Py_IS_TYPE(o, &PyFloat_Type)
#define PyFloat_AS_DOUBLE(o) (((PyFloatObject *)(o))->ob_fval)

// New float object; NULL on MemoryError.
PyObject *PyFloat_FromDouble(double v);

// float(s) for a str object: CPython's syntax (whitespace, sign, underscores, inf/nan, any
// case); ValueError "could not convert string to float: '...'" otherwise.
// Bytes-likes (bytes, bytearray, memoryview) are accepted as in CPython; any other type raises
// CPython's TypeError
// "float() argument must be a string or a real number, not 'T'".
PyObject *PyFloat_FromString(PyObject *s);

// float(o) for one argument, as CPython's PyNumber_Float: o itself if an exact float, else
// __float__ (nb_float), __index__, a float subclass's value, or PyFloat_FromString. New
// reference, or NULL with TypeError/ValueError/OverflowError set.
PyObject *rt_float_from_object(PyObject *o);

// The double in a float, or float(o) via __float__/__index__; -1.0 with an error set on failure.
double PyFloat_AsDouble(PyObject *o);

// repr(v) as CPython prints it into buf (at least 32 bytes): "0.1", "1e+16", "-0.0", "inf".
// Returns the length written.
int rt_float_repr_buf(double v, char *buf, size_t size);

// repr(v) as a new str object, or NULL.
PyObject *rt_float_repr(double v);

// Parse a decimal float from the C string s (no whitespace, no underscores) like strtod but
// locale-independent; *end receives the end of the parsed text. Used by the tokenizer too.
// Accepts an optional sign, then digits with an optional '.' and exponent, or inf/infinity/nan
// in any case (no hex floats). Overflow gives +-inf and underflow 0 with no error. When there
// is no number at s it returns 0.0 with *end == s. Never sets a Python exception.
double rt_float_parse(const char *s, char **end);

// Copy s[0:n] to out (n + 1 bytes; out may be s) without its underscores and NUL-terminate it,
// for float() and complex() of a string (CPython's _Py_string_to_number_with_underscores).
// Returns the new length, or -1 if an underscore is not between two digits ("1__0", "_1",
// "1_.5", "1_"). Never sets an exception.
Py_ssize_t rt_float_strip_underscores(const char *s, Py_ssize_t n, char *out);

// round(v, ndigits) for a float v (float.__round__): an int, rounded half to even, when
// ndigits is NULL or None; else a float correctly rounded to ndigits decimal places (ndigits
// may be negative), OverflowError "rounded value too large to represent". New reference or NULL.
PyObject *rt_float_round(PyObject *v, PyObject *ndigits);

// Python's float floor division and modulo (sign of the divisor), for the VM and the JIT:
// *div = a // b and *mod = a % b. b must be non-zero.
void rt_float_divmod(double a, double b, double *div, double *mod);

// Release the free list of float objects (called by rt_runtime_fini, so leak checkers see
// every block returned). Floats made afterwards simply refill it.
void rt_float_fini(void);

#endif
