// iter.h: the generic iterator over objects that only implement __getitem__ (iter.c).
#ifndef KRAIT_RUNTIME_ITER_H
#define KRAIT_RUNTIME_ITER_H

#include "runtime/object.h"

extern PyTypeObject PySeqIter_Type; // "iterator"

// An iterator calling seq[0], seq[1], ... until IndexError or StopIteration. New reference.
PyObject *PySeqIter_New(PyObject *seq);

#endif
