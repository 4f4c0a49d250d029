// format.h: the format-specification mini-language of format() and f-strings (format.c):
// the __format__ of int, bool, float, str and object, and CPython's PyOS_double_to_string
// (format_double.c).
// Each rt_format_* has the signature of a METH_O method (self, spec), so the types' method
// tables can list them as __format__ directly.
#ifndef KRAIT_RUNTIME_FORMAT_H
#define KRAIT_RUNTIME_FORMAT_H

#include "runtime/object.h"

// int.__format__(spec) (also bool's): types b c d o x X n, and e E f F g G % through float;
// fill, align (< > ^ =), sign, #, 0, width, ',' or '_' grouping. An empty spec gives str(v).
// A new str, or NULL with CPython's ValueError/TypeError/OverflowError.
PyObject *rt_format_long(PyObject *v, PyObject *spec);

// float.__format__(spec): types e E f F g G n % and none (repr-like, 'g' with at least one
// decimal digit when a precision is given), with 'z' (no negative zero) as in 3.11.
PyObject *rt_format_float(PyObject *v, PyObject *spec);

// str.__format__(spec): type s, fill, align, width and precision (truncation).
PyObject *rt_format_str(PyObject *v, PyObject *spec);

// object.__format__(spec): str(v) for an empty spec, else TypeError "unsupported format
// string passed to T.__format__".
PyObject *rt_format_object(PyObject *v, PyObject *spec);

// Flags of PyOS_double_to_string, with CPython's values.
#define Py_DTSF_SIGN 0x01       // always add the sign
#define Py_DTSF_ADD_DOT_0 0x02  // an integral result gets ".0" (repr) or no early exponent
#define Py_DTSF_ALT 0x04        // '#': keep the decimal point and trailing zeros
#define Py_DTSF_NO_NEG_0 0x08   // 'z': a result that rounds to -0 loses its sign

// What PyOS_double_to_string produced (*type).
#define Py_DTST_FINITE 0
#define Py_DTST_INFINITE 1
#define Py_DTST_NAN 2

// v as text for format code 'e', 'E', 'f', 'F', 'g', 'G' (precision digits) or 'r' (the
// shortest repr; precision must be 0), with CPython's rules for exponents, "inf" and "nan".
// Returns a PyMem_Malloc'd NUL-terminated string the caller frees with PyMem_Free, or NULL
// with an error set. *type (if not NULL) receives Py_DTST_*.
char *PyOS_double_to_string(double v, char format_code, int precision, int flags, int *type);

#endif
