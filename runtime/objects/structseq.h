// structseq.h: struct sequences (structseq.c): tuple subclasses whose items also have names,
// such as sys.version_info, sys.float_info and time.struct_time, with CPython's C API.
#ifndef KRAIT_RUNTIME_STRUCTSEQ_H
#define KRAIT_RUNTIME_STRUCTSEQ_H

#include "runtime/object.h"

typedef struct PyStructSequence_Field {
    const char *name; // NULL ends the list
    const char *doc;
} PyStructSequence_Field;

typedef struct PyStructSequence_Desc {
    const char *name;               // "module.Name", shown by repr
    const char *doc;
    PyStructSequence_Field *fields; // the first n_in_sequence are the tuple's items
    int n_in_sequence;
} PyStructSequence_Desc;

// Fill in the static type object `type` (all zero but for an optional tp_new) as a struct
// sequence described by desc (which must outlive it) and ready it. Without a tp_new set
// beforehand (rt_structseq_new is one) Python cannot instantiate the type. 0, or -1.
int PyStructSequence_InitType2(PyTypeObject *type, PyStructSequence_Desc *desc);

// A new instance of a struct sequence type with every field None; set them with
// PyStructSequence_SetItem before sharing it. NULL on MemoryError.
PyObject *PyStructSequence_New(PyTypeObject *type);

// Store o (stolen) in field pos (0-based, over all fields) of a new instance.
void PyStructSequence_SetItem(PyObject *p, Py_ssize_t pos, PyObject *o);

// Field pos of an instance (borrowed).
PyObject *PyStructSequence_GetItem(PyObject *p, Py_ssize_t pos);

// A tp_new for struct sequences that Python may build, as CPython's structseq_new:
// T(sequence[, dict]) takes at least n_in_sequence and at most n_fields items (missing
// fields come from dict, else None); TypeError "T() takes an at least N-sequence (M-sequence
// given)" and its kin otherwise.
PyObject *rt_structseq_new(PyTypeObject *type, PyObject *args, PyObject *kwds);

#endif
