// format.h: formatting values as text. The format-specification mini-language of format()
// and f-strings (format.c): the __format__ of int, bool, float, complex, str and object;
// printf-style str % args and bytes % args (str_percent.c, bytes_percent.c); and CPython's
// PyOS_double_to_string (format_double.c).
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

// complex.__format__(spec): types e E f F g G n and none (like str(z) with parentheses), the
// float rules applied to both parts; no '0' fill and no '=' alignment.
PyObject *rt_format_complex(PyObject *v, PyObject *spec);

// str.__format__(spec): type s, fill, align, width and precision (truncation).
PyObject *rt_format_str(PyObject *v, PyObject *spec);

// format(obj, spec), CPython's PyObject_Format: type(obj).__format__(spec) (spec NULL means
// ''), with the exact int, float and str formatted directly. A new str, or NULL with TypeError
// "Type T doesn't define __format__" or "__format__ must return a str, not T", or the method's
// error; SystemError when spec is not a str.
PyObject *PyObject_Format(PyObject *obj, PyObject *spec);

// object.__format__(spec): str(v) for an empty spec, else TypeError "unsupported format
// string passed to T.__format__".
PyObject *rt_format_object(PyObject *v, PyObject *spec);

// format % args for a str format (printf-style, str_percent.c): conversions s r a c d i u o x X
// e E f F g G and %%, with flags, width, precision, '*' and %(key) as CPython's. A new str, or
// NULL with CPython's TypeError/ValueError/OverflowError.
PyObject *PyUnicode_Format(PyObject *format, PyObject *args);

// nb_remainder of str: PyUnicode_Format(v, w) when v is a str, else NotImplemented.
PyObject *rt_str_mod(PyObject *v, PyObject *w);

// The bytes of fmt[0:len] % args (bytes_percent.c): %b and %s (bytes-like objects or
// __bytes__), %a and %r (ascii()), %c (an int in range(256) or one byte) and the numeric
// conversions as for str. A new bytes, or NULL with CPython's errors. fmt must not change while
// this runs, since converting arguments runs Python code: a bytearray passes a copy.
PyObject *rt_bytes_percent_format(const char *fmt, Py_ssize_t len, PyObject *args);

// nb_remainder of bytes: rt_bytes_percent_format of v when v is a bytes, else NotImplemented.
PyObject *rt_bytes_mod(PyObject *v, PyObject *w);

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
