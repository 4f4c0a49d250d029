// descr_internal.h: what descr.c and descr_method.c share and nothing else may include: the
// common parts of every descriptor object and type.
#ifndef KRAIT_RUNTIME_DESCR_INTERNAL_H
#define KRAIT_RUNTIME_DESCR_INTERNAL_H

#include "runtime/objects/descr.h"

// A new tracked descriptor of descrtype for attribute `name` of `type`; NULL on error.
PyDescrObject *rt_descr_new(PyTypeObject *descrtype, PyTypeObject *type, const char *name);

// tp_dealloc and tp_traverse of every descriptor type.
void rt_descr_dealloc(PyObject *o);
int rt_descr_traverse(PyObject *o, visitproc visit, void *arg);

// 0 if obj is an instance of the descriptor's class, else -1 with CPython's TypeError.
int rt_descr_check(PyDescrObject *d, PyObject *obj);

// "<kind 'name' of 'type' objects>".
PyObject *rt_descr_repr_as(PyObject *o, const char *kind);

// __qualname__ getter: "<type qualname>.<name>", computed once.
PyObject *rt_descr_get_qualname(PyObject *o, void *closure);

// __objclass__ and __name__.
extern PyMemberDef rt_descr_members[];

// Slots every descriptor type has. tp_free and tp_alloc are explicit: descriptors are made
// while the runtime readies its first types, before PyType_Ready has reached these.
#define DESCR_TYPE_COMMON                                                                      \
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),                                         \
    .tp_dealloc = rt_descr_dealloc,                                                            \
    .tp_traverse = rt_descr_traverse,                                                          \
    .tp_members = rt_descr_members,                                                            \
    .tp_alloc = PyType_GenericAlloc,                                                           \
    .tp_free = PyObject_GC_Del

#endif
