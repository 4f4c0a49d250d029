// list_internal.h: what list.c shares with list_slots.c; no other file includes it.
// Every function takes an exact or subclassed list and does not check it.
#ifndef KRAIT_RUNTIME_LIST_INTERNAL_H
#define KRAIT_RUNTIME_LIST_INTERNAL_H

#include "runtime/objects/list.h"
#include "runtime/objects/tuple.h"

// Make room for n items and set the size to n with CPython 3.11's over-allocation; new
// slots hold garbage for the caller to fill. 0, or -1 with MemoryError (l unchanged).
int rt_list_resize(PyListObject *l, Py_ssize_t n);

// Set the size to n <= the current size, releasing memory if worth it; never fails.
void rt_list_shrink(PyListObject *l, Py_ssize_t n);

// Give a list whose ob_item is NULL room for exactly n items (rounded up to even), as
// list(sized) and extend() of an empty list do. 0, or -1 with MemoryError.
int rt_list_preallocate_exact(PyListObject *l, Py_ssize_t n);

// A new empty list with room for exactly n > 0 items; the caller stores them and sets the
// size. NULL with MemoryError.
PyListObject *rt_list_new_prealloc(Py_ssize_t n);

// Append v, stealing the reference (released on failure). 0 or -1.
int rt_list_append_steal(PyListObject *l, PyObject *v);

// l[i] == v as 1/0/-1, holding the item during the comparison (which may mutate l).
int rt_list_item_equals(PyListObject *l, Py_ssize_t i, PyObject *v);

// tp_dealloc of lists: releases the items and recycles exact lists.
void rt_list_dealloc(PyObject *o);

// The items of a list or tuple (what PySequence_Fast returns); *n receives their number.
static inline PyObject **
rt_list_fast_items(PyObject *seq, Py_ssize_t *n)
{
    *n = Py_SIZE(seq);
    return PyList_Check(seq) ? ((PyListObject *)seq)->ob_item : ((PyTupleObject *)seq)->ob_item;
}

#endif
