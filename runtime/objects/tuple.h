// tuple.h: the tuple type (tuple.c): an immutable array of references stored inline.
#ifndef KRAIT_RUNTIME_TUPLE_H
#define KRAIT_RUNTIME_TUPLE_H

#include "runtime/object.h"

typedef struct {
    PyObject_VAR_HEAD     // ob_size is the length
    PyObject *ob_item[1]; // ob_size references
} PyTupleObject;

extern PyTypeObject PyTuple_Type;
extern PyTypeObject rt_tuple_iterator_type;

// The collector's step for a tracked tuple: untrack it if it holds only objects that cannot
// take part in a cycle (CPython's _PyTuple_MaybeUntrack). A tuple with a NULL item is still
// being filled and stays tracked.
void rt_tuple_maybe_untrack(PyObject *t);

// A tuple_iterator (the interpreter's FOR_ITER_TUPLE steps it in place).
typedef struct {
    PyObject_HEAD
    Py_ssize_t index;
    PyObject *seq; // NULL once exhausted, so the tuple is released early
} TupleIter;

#define PyTuple_Check(o) PyType_FastSubclass(Py_TYPE(o), Py_TPFLAGS_TUPLE_SUBCLASS)
#define PyTuple_CheckExact(o) Py_IS_TYPE(o, &PyTuple_Type)
#define PyTuple_GET_SIZE(o) Py_SIZE(o)
#define PyTuple_GET_ITEM(o, i) (((PyTupleObject *)(o))->ob_item[i])
// Steals v; only for filling a tuple that was just created.
#define PyTuple_SET_ITEM(o, i, v) (((PyTupleObject *)(o))->ob_item[i] = (v))

// New tuple of `size` NULL items (the empty tuple is a shared immortal singleton); fill it
// with PyTuple_SET_ITEM before sharing it. NULL on MemoryError.
PyObject *PyTuple_New(Py_ssize_t size);

// New tuple of n items from the varargs (references are taken, not stolen).
PyObject *PyTuple_Pack(Py_ssize_t n, ...);

// New tuple with a copy of n references from items (each is INCREF'd).
PyObject *rt_tuple_from_array(PyObject *const *items, Py_ssize_t n);

// Same, but steals the n references.
PyObject *rt_tuple_from_array_steal(PyObject *const *items, Py_ssize_t n);

// Bounds-checked access: borrowed item, or NULL with IndexError "tuple index out of range".
PyObject *PyTuple_GetItem(PyObject *t, Py_ssize_t i);

// Store v (stolen) at i of a new tuple; -1 with IndexError/SystemError on misuse.
int PyTuple_SetItem(PyObject *t, Py_ssize_t i, PyObject *v);

Py_ssize_t PyTuple_Size(PyObject *t);

// t[low:high] (clamped) as a new tuple.
PyObject *PyTuple_GetSlice(PyObject *t, Py_ssize_t low, Py_ssize_t high);

// CPython's _PyTuple_Resize: give *pt (an exact tuple only the caller references) n items,
// new ones NULL. *pt may move; on failure it is released, set to NULL, and -1 returned.
int rt_tuple_resize(PyObject **pt, Py_ssize_t n);

// Items a tuple_iterator has left to give (its __length_hint__).
Py_ssize_t rt_tuple_iter_length_hint(PyObject *it);

// Free the cached dead tuples (rt_runtime_fini calls this).
void rt_tuple_fini(void);

#endif
