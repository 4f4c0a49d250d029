// str_methods.h: the str methods other files implement for the method table of
// str_methods.c (str.format in str_formatter.c, padding in str_pad.c, maketrans and translate
// in str_translate.c),
// and the value formatting that str.format uses.
#ifndef KRAIT_RUNTIME_STR_METHODS_H
#define KRAIT_RUNTIME_STR_METHODS_H

#include "runtime/object.h"

// str.format(*args, **kwargs) (METH_VARARGS | METH_KEYWORDS): a new str, or NULL with
// CPython's ValueError/IndexError/KeyError for bad templates and missing fields.
PyObject *rt_str_format_method(PyObject *self, PyObject *args, PyObject *kwargs);

// str.format_map(mapping) (METH_O): fields are looked up in mapping; positional fields
// raise ValueError "Format string contains positional fields".
PyObject *rt_str_format_map_method(PyObject *self, PyObject *mapping);

// str.ljust, rjust, center (width, fillchar=' ', /) (METH_FASTCALL), zfill (width, /)
// (METH_O) and expandtabs (tabsize=8) (METH_FASTCALL | METH_KEYWORDS), in str_pad.c: a new
// str (or self, if exact and unchanged), or NULL with CPython's TypeError/OverflowError.
PyObject *rt_str_ljust_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *rt_str_rjust_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *rt_str_center_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *rt_str_zfill_method(PyObject *self, PyObject *width);
PyObject *rt_str_expandtabs_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                   PyObject *kwnames);

// str.maketrans(x[, y[, z]]) (METH_FASTCALL | METH_STATIC): a new dict for str.translate,
// or NULL with CPython's TypeError/ValueError for bad arguments.
PyObject *rt_str_maketrans_method(PyObject *unused, PyObject *const *args, Py_ssize_t nargs);

// str.translate(table) (METH_O): a new str, or NULL with the table's exception (other than
// LookupError), or ValueError/TypeError for a mapping that is not None, a code point or a str.
PyObject *rt_str_translate_method(PyObject *self, PyObject *table);

#endif
