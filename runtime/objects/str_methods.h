// str_methods.h: the str methods other files implement for the method table of
// str_methods.c, and the value formatting that str.format uses (str_formatter.c).
#ifndef KRAIT_RUNTIME_STR_METHODS_H
#define KRAIT_RUNTIME_STR_METHODS_H

#include "runtime/object.h"

// str.format(*args, **kwargs) (METH_VARARGS | METH_KEYWORDS): a new str, or NULL with
// CPython's ValueError/IndexError/KeyError for bad templates and missing fields.
PyObject *rt_str_format_method(PyObject *self, PyObject *args, PyObject *kwargs);

// str.format_map(mapping) (METH_O): fields are looked up in mapping; positional fields
// raise ValueError "Format string contains positional fields".
PyObject *rt_str_format_map_method(PyObject *self, PyObject *mapping);

// format(obj, spec) for a str spec: format.c for exact int/float/str, else type(obj).__format__;
// TypeError "__format__ must return a str, not T" for a non-str result. New str or NULL.
PyObject *rt_str_format_value(PyObject *obj, PyObject *spec);

#endif
