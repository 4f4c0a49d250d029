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

#endif
