// stringlib.h: the argument handling that the str and bytes methods share, in the spirit of
// CPython's Objects/stringlib: the (sub[, start[, end]]) bounds of find/count/startswith, the
// (sep, maxsplit) of split and the (encoding, errors) of encode/decode. Searching, splitting
// and stripping themselves stay per type in str_methods.c and bytes_methods.c.
#ifndef KRAIT_RUNTIME_STRINGLIB_H
#define KRAIT_RUNTIME_STRINGLIB_H

#include "runtime/object.h"

// Check 1 <= nargs <= 3 for NAME(sub[, start[, end]]) and convert the optional start and end
// (args[1], args[2]; None means absent) clipped to len as CPython's ADJUST_INDICES does
// (start may stay beyond len). sub (args[0]) is left to the caller, which checks it after
// this, in CPython's order. 0, or -1 with TypeError/OverflowError.
int rt_stringlib_parse_bounds(const char *name, PyObject *const *args, Py_ssize_t nargs,
                              Py_ssize_t len, Py_ssize_t *start, Py_ssize_t *end);

// Parse NAME(sep=None, maxsplit=-1) (METH_FASTCALL | METH_KEYWORDS): *sep receives the
// separator (borrowed; its type is left to the caller) or NULL for None, *maxcount the limit
// (PY_SSIZE_T_MAX when negative). 0, or -1 with TypeError/OverflowError.
int rt_stringlib_parse_split(const char *name, PyObject *const *args, Py_ssize_t nargs,
                             PyObject *kwnames, PyObject **sep, Py_ssize_t *maxcount);

// Parse NAME(encoding='utf-8', errors='strict') (METH_FASTCALL | METH_KEYWORDS): each of
// *encoding, *errors receives the UTF-8 of the argument (borrowed) or NULL when absent.
// 0, or -1 with TypeError "NAME() argument 'errors' must be str, not int".
int rt_stringlib_parse_codec(const char *name, PyObject *const *args, Py_ssize_t nargs,
                             PyObject *kwnames, const char **encoding, const char **errors);

// The converters of CPython's argument clinic, for the str and bytes methods' arguments:
// an int through __index__ as a Py_ssize_t (OverflowError "Python int too large to convert to
// C ssize_t") or as a C int ("... to C int"); TypeError "'T' object cannot be interpreted as
// an integer" for others. 0, or -1 with the error.
int rt_stringlib_ssize_arg(PyObject *o, Py_ssize_t *out);
int rt_stringlib_int_arg(PyObject *o, int *out);

// The UTF-8 of the str s for a C API that takes a C string (borrowed, as PyUnicode_AsUTF8):
// NULL with ValueError "embedded null character" if s holds a NUL, or UnicodeEncodeError.
const char *rt_stringlib_c_string(PyObject *s);

// 1 if o is a str, else 0 with argument clinic's TypeError "FUNC() WHAT must be str, not T"
// (what: "argument", "argument 2", "argument 'errors'"; None is spelled "None").
int rt_stringlib_check_str_arg(const char *func, const char *what, PyObject *o);

#endif
