// range.h: the range type and its iterators (range.c): "range_iterator" over C longs and
// "longrange_iterator" over ints of any size, as CPython chooses between them.
#ifndef KRAIT_RUNTIME_RANGE_H
#define KRAIT_RUNTIME_RANGE_H

#include "runtime/object.h"

typedef struct {
    PyObject_HEAD
    PyObject *start, *stop, *step; // exact ints; step is never 0
    PyObject *length;              // exact int >= 0: the number of items
} PyRangeObject;

// A range_iterator (the interpreter's FOR_ITER_RANGE steps it in place).
typedef struct {
    PyObject_HEAD
    long start, step, len; // the next value, the stride, the values left
} RangeIterObject;

extern PyTypeObject PyRange_Type;
extern PyTypeObject PyRangeIter_Type;     // range_iterator
extern PyTypeObject PyLongRangeIter_Type; // longrange_iterator

#define PyRange_Check(o) Py_IS_TYPE(o, &PyRange_Type)

// range(start, stop, step) from ints (or objects with __index__); step NULL means 1.
// ValueError "range() arg 3 must not be zero". A new reference or NULL.
PyObject *rt_range_new(PyObject *start, PyObject *stop, PyObject *step);

// reversed(r) for a range r (range.__reversed__): a new iterator, or NULL.
PyObject *rt_range_reversed(PyObject *r);

// range.index(x): the position of x, or NULL with ValueError "x is not in range"
// ("sequence.index(x): x not in sequence" for non-ints found by ==).
PyObject *rt_range_index(PyObject *r, PyObject *x);

// range.count(x): a new int, or NULL.
PyObject *rt_range_count(PyObject *r, PyObject *x);

// An iterator's remaining length (its __length_hint__); it must be one of the two range
// iterator types. A new int or NULL.
PyObject *rt_range_iter_length_hint(PyObject *it);

#endif
