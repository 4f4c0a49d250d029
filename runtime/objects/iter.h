// iter.h: the generic iterator over objects that only implement __getitem__, and the length
// hint protocol that sizes containers built from iterators (iter.c).
#ifndef KRAIT_RUNTIME_ITER_H
#define KRAIT_RUNTIME_ITER_H

#include "runtime/object.h"

extern PyTypeObject PySeqIter_Type; // "iterator"

// An iterator calling seq[0], seq[1], ... until IndexError or StopIteration. New reference.
PyObject *PySeqIter_New(PyObject *seq);

// True if o's type has a length slot (sq_length or mp_length), as len() needs.
int rt_object_has_len(PyObject *o);

// How many items iterating o will probably give (PEP 424): len(o) when it has one, else
// o.__length_hint__() looked up on the type, else dflt (also when the hint raises TypeError
// or returns NotImplemented). -1 with TypeError "__length_hint__ must be an integer, not T",
// ValueError "__length_hint__() should return >= 0" or the hint's own error.
Py_ssize_t PyObject_LengthHint(PyObject *o, Py_ssize_t dflt);

#endif
