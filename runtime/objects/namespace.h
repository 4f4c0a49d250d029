// namespace.h: types.SimpleNamespace (namespace.c): an object whose attributes live in its
// __dict__, shown as "namespace(a=1, b=2)" (sys.implementation, module specs).
#ifndef KRAIT_RUNTIME_NAMESPACE_H
#define KRAIT_RUNTIME_NAMESPACE_H

#include "runtime/object.h"

extern PyTypeObject PyNamespace_Type; // types.SimpleNamespace

// A new namespace with the items of kwds (a dict of str keys, or NULL) as attributes.
// New reference, or NULL.
PyObject *rt_namespace_new(PyObject *kwds);

#endif
