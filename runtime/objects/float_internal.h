// float_internal.h: what the float files share and nothing else may include: the methods
// defined in float_hex.c, which float_methods.c lists in the type's method table.
#ifndef KRAIT_RUNTIME_FLOAT_INTERNAL_H
#define KRAIT_RUNTIME_FLOAT_INTERNAL_H

#include "runtime/object.h"

// float.hex(self) (METH_NOARGS): "0x1.8000000000000p+1", "-0x0.0p+0", "inf", "nan".
PyObject *rt_float_hex_method(PyObject *self, PyObject *unused);

// float.fromhex(string) (METH_O | METH_CLASS): ValueError "invalid hexadecimal floating-point
// string", OverflowError "hexadecimal value too large to represent as a float"; a subclass
// type gets type(value).
PyObject *rt_float_fromhex_method(PyObject *type, PyObject *string);

#endif
