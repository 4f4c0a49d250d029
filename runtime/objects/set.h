// set.h: set and frozenset (the table and types in set.c, the C API and set algebra in
// set_ops.c): open addressing with CPython's linear-probe-then-perturb scheme, so that
// small-int sets iterate in CPython's order.
#ifndef KRAIT_RUNTIME_SET_H
#define KRAIT_RUNTIME_SET_H

#include "runtime/object.h"

#define PySet_MINSIZE 8

typedef struct {
    PyObject *key;  // NULL: never used; rt_set_dummy: deleted
    Py_hash_t hash;
} setentry;

typedef struct {
    PyObject_HEAD
    Py_ssize_t fill;   // active + dummy entries
    Py_ssize_t used;   // active entries
    Py_ssize_t mask;   // table size - 1 (a power of two minus one)
    setentry *table;   // smalltable or a heap table
    Py_hash_t hash;    // frozenset hash cache, -1 until computed
    Py_ssize_t finger; // search finger for pop()
    setentry smalltable[PySet_MINSIZE];
    PyObject *weakreflist;
} PySetObject;

// The key of deleted entries (their hash is -1). Immortal; never a member of any set.
extern PyObject rt_set_dummy;

extern PyTypeObject PySet_Type;
extern PyTypeObject PyFrozenSet_Type;
extern PyTypeObject rt_set_iterator_type;

#define PyFrozenSet_CheckExact(o) Py_IS_TYPE(o, &PyFrozenSet_Type)
#define PyFrozenSet_Check(o) PyObject_TypeCheck(o, &PyFrozenSet_Type)
#define PySet_CheckExact(o) Py_IS_TYPE(o, &PySet_Type)
#define PySet_Check(o) PyObject_TypeCheck(o, &PySet_Type)
#define PyAnySet_Check(o) (PySet_Check(o) || PyFrozenSet_Check(o))
#define PySet_GET_SIZE(o) (((PySetObject *)(o))->used)

// set(iterable) / frozenset(iterable); iterable may be NULL for an empty one.
PyObject *PySet_New(PyObject *iterable);
PyObject *PyFrozenSet_New(PyObject *iterable);

Py_ssize_t PySet_Size(PyObject *s);

// key in s: 1, 0, or -1 (TypeError for unhashable keys; a set key is looked up as frozenset).
int PySet_Contains(PyObject *s, PyObject *key);

// s.add(key): 0 or -1. Also allowed on a frozenset that is still being filled.
int PySet_Add(PyObject *s, PyObject *key);

// s.discard(key): 1 if found and removed, 0 if absent, -1 on error.
int PySet_Discard(PyObject *s, PyObject *key);

// s.pop(): new reference, or NULL with KeyError "pop from an empty set".
PyObject *PySet_Pop(PyObject *s);

int PySet_Clear(PyObject *s);

// Iterate like PyDict_Next: *key borrowed, 1 while entries remain. key or hash may be NULL.
// (0 with SystemError set if s is not a set or frozenset.)
int rt_set_next(PyObject *s, Py_ssize_t *pos, PyObject **key, Py_hash_t *hash);

// ---- for the methods (bound when the descriptor machinery arrives) ----------------------
// s (and a) must be a set or frozenset (else SystemError); b / other / iterable may be any
// iterable unless stated. Results of the algebra have a's built-in type (set or frozenset).

// s.remove(key): 0, or -1 with KeyError(key) if absent (a set key is looked up as frozenset).
int rt_set_remove(PyObject *s, PyObject *key);

// s.update(iterable), one argument: 0 or -1. s.union(b, c) is rt_set_union(s, b) then
// rt_set_update(result, c), skipping arguments that are s itself, as CPython does.
int rt_set_update(PyObject *s, PyObject *iterable);

// s.copy(): a new set of s's built-in type; an exact frozenset returns itself.
PyObject *rt_set_copy(PyObject *s);

// a.union(b) / a.intersection(b) / a.difference(b) / a.symmetric_difference(b) (also the
// | & - ^ operators once both are sets): new references, or NULL.
PyObject *rt_set_union(PyObject *a, PyObject *b);
PyObject *rt_set_intersection(PyObject *a, PyObject *b);
PyObject *rt_set_difference(PyObject *a, PyObject *b);
PyObject *rt_set_symmetric_difference(PyObject *a, PyObject *b);

// s.intersection_update(other) / difference_update / symmetric_difference_update, one
// argument each (and &= -= ^= for sets): 0 or -1. a.difference(b, c) is
// rt_set_difference(a, b) then rt_set_difference_update(result, c), as CPython does.
int rt_set_intersection_update(PyObject *s, PyObject *other);
int rt_set_difference_update(PyObject *s, PyObject *other);
int rt_set_symmetric_difference_update(PyObject *s, PyObject *other);

// a.issubset(b) / a.issuperset(b) / a.isdisjoint(b): 1, 0, or -1 with an exception set.
int rt_set_issubset(PyObject *a, PyObject *b);
int rt_set_issuperset(PyObject *a, PyObject *b);
int rt_set_isdisjoint(PyObject *a, PyObject *b);

// set_iterator.__length_hint__(): members not yet returned (0 once the set changed size).
Py_ssize_t rt_set_iterator_length_hint(PyObject *it);

#endif
