// genericalias.h: types.GenericAlias (genericalias.c), what list[int], dict[str, int] and
// type[int] evaluate to (PEP 585): the origin class and its arguments, callable like the origin.
#ifndef KRAIT_RUNTIME_GENERICALIAS_H
#define KRAIT_RUNTIME_GENERICALIAS_H

#include "runtime/object.h"

extern PyTypeObject Py_GenericAliasType;

// origin[args]: a new GenericAlias whose __args__ is args when args is a tuple, else (args,).
// This is also the C function behind the containers' __class_getitem__ (METH_O | METH_CLASS).
// New reference or NULL.
PyObject *Py_GenericAlias(PyObject *origin, PyObject *args);

// The method-table entry that makes a class subscriptable as list is: C[int] is an alias.
#define RT_CLASS_GETITEM_METHOD                                                             \
    {"__class_getitem__", Py_GenericAlias, METH_O | METH_CLASS, "See PEP 585"}

#endif
