// enumerate.h: the enumerate and reversed types (enumerate.c), which builtins exposes.
#ifndef KRAIT_RUNTIME_ENUMERATE_H
#define KRAIT_RUNTIME_ENUMERATE_H

#include "runtime/object.h"

extern PyTypeObject PyEnum_Type;     // enumerate
extern PyTypeObject PyReversed_Type; // reversed

// enumerate(iterable, start): start NULL means 0 (else any object with __index__).
// A new enumerate object, or NULL ("'T' object is not iterable", ...).
PyObject *rt_enumerate_new(PyObject *iterable, PyObject *start);

// reversed(seq): seq.__reversed__() when its type has one (list, range and dict directly),
// else a reversed object over the sequence protocol; TypeError "'T' object is not
// reversible" otherwise. A new iterator, or NULL.
PyObject *rt_reversed_new(PyObject *seq);

// A reversed object's remaining length (its __length_hint__): >= 0, or -1 when len() of the
// sequence failed.
Py_ssize_t rt_reversed_length_hint(PyObject *it);

#endif
