// list.h: the list type (list.c): a growable array of references with CPython's
// over-allocation, and its stable sort.
#ifndef KRAIT_RUNTIME_LIST_H
#define KRAIT_RUNTIME_LIST_H

#include "runtime/object.h"

typedef struct {
    PyObject_VAR_HEAD    // ob_size is the length
    PyObject **ob_item;  // `allocated` slots, the first ob_size hold references
    Py_ssize_t allocated;
} PyListObject;

// A list_iterator or list_reverseiterator (the interpreter's FOR_ITER_LIST steps the former
// in place).
typedef struct {
    PyObject_HEAD
    Py_ssize_t index;
    PyListObject *seq; // NULL once exhausted, so the list is released early
} ListIter;

extern PyTypeObject PyList_Type;
extern PyTypeObject rt_list_iterator_type;
extern PyTypeObject rt_list_reverse_iterator_type;

#define PyList_Check(o) PyType_FastSubclass(Py_TYPE(o), Py_TPFLAGS_LIST_SUBCLASS)
#define PyList_CheckExact(o) Py_IS_TYPE(o, &PyList_Type)
#define PyList_GET_SIZE(o) Py_SIZE(o)
#define PyList_GET_ITEM(o, i) (((PyListObject *)(o))->ob_item[i])
// Steals v and does not release the old item; only for filling a list just created.
#define PyList_SET_ITEM(o, i, v) (((PyListObject *)(o))->ob_item[i] = (v))

// New list of `size` NULL items (fill them with PyList_SET_ITEM). NULL on MemoryError.
PyObject *PyList_New(Py_ssize_t size);

Py_ssize_t PyList_Size(PyObject *l);

// Borrowed item, or NULL with IndexError "list index out of range".
PyObject *PyList_GetItem(PyObject *l, Py_ssize_t i);

// Replace item i with v (stolen); -1 with IndexError "list assignment index out of range".
int PyList_SetItem(PyObject *l, Py_ssize_t i, PyObject *v);

// l.insert(i, v) / l.append(v): v is not stolen. 0 or -1.
int PyList_Insert(PyObject *l, Py_ssize_t i, PyObject *v);
int PyList_Append(PyObject *l, PyObject *v);

// l[low:high] (clamped) as a new list / l[low:high] = v (v any iterable, or NULL to delete):
// a new reference / 0 or -1.
PyObject *PyList_GetSlice(PyObject *l, Py_ssize_t low, Py_ssize_t high);
int PyList_SetSlice(PyObject *l, Py_ssize_t low, Py_ssize_t high, PyObject *v);

// l.extend(iterable): 0 or -1.
int rt_list_extend(PyObject *l, PyObject *iterable);

// l.sort() (stable; key may be NULL; reverse keeps stability as CPython does): 0 or -1.
// ValueError "list modified during sort" if a comparison mutates l.
int rt_list_sort(PyObject *l, PyObject *key, int reverse);
int PyList_Sort(PyObject *l);

// l.reverse() in place.
int PyList_Reverse(PyObject *l);

// tuple(l) as a new tuple.
PyObject *PyList_AsTuple(PyObject *l);

// The C halves of the list methods; l must be a list (not checked).
// l.pop(i): the removed item (a new reference), or NULL with IndexError
// "pop from empty list" / "pop index out of range". Negative i counts from the end.
PyObject *rt_list_pop(PyObject *l, Py_ssize_t i);
// l.remove(v): 0, or -1 with ValueError "list.remove(x): x not in list" or a comparison error.
int rt_list_remove(PyObject *l, PyObject *v);
// l.index(v, start, stop) with slice-like clamping of start/stop (pass 0 and PY_SSIZE_T_MAX
// for the defaults): the index, or -1 with ValueError "<repr of v> is not in list".
Py_ssize_t rt_list_index(PyObject *l, PyObject *v, Py_ssize_t start, Py_ssize_t stop);
// l.count(v): the number of items equal to v, or -1 on a comparison error.
Py_ssize_t rt_list_count(PyObject *l, PyObject *v);
// l.clear(): drops every item and the item array; always 0.
int rt_list_clear(PyObject *l);
// l.copy(): a new list with the same items.
PyObject *rt_list_copy(PyObject *l);
// reversed(l) / l.__reversed__(): a new list_reverseiterator.
PyObject *rt_list_reversed(PyObject *l);

// Items a list_iterator or list_reverseiterator has left to give (its __length_hint__).
Py_ssize_t rt_list_iter_length_hint(PyObject *it);

// Free the cached dead list objects (rt_runtime_fini calls this).
void rt_list_fini(void);

#endif
