// set_private.h: what set.c (the table, the types), set_ops.c (the C API and the set
// algebra) and set_methods.c share. Private to those files; everything else uses set.h.
// so is always a set or frozenset (unchecked); hash is the key's hash, never -1.
#ifndef KRAIT_RUNTIME_SET_PRIVATE_H
#define KRAIT_RUNTIME_SET_PRIVATE_H

#include "runtime/objects/set.h"

// hash(key), taking a str's cached hash without a call; -1 with an exception set.
Py_hash_t rt_set_key_hash(PyObject *key);

// Add key (not stolen) if no equal key is present, resizing as CPython 3.11 does: 0 or -1.
int rt_set_add_entry(PySetObject *so, PyObject *key, Py_hash_t hash);

// 1 if an equal key is present, else 0; -1 if a comparison raised.
int rt_set_contains_entry(PySetObject *so, PyObject *key, Py_hash_t hash);

// Replace the equal key by the dummy: 1 if found, 0 if absent, -1 if a comparison raised.
int rt_set_discard_entry(PySetObject *so, PyObject *key, Py_hash_t hash);

// The same three with the hash computed here (-1 with TypeError for unhashable keys). They do
// not retry a set key as a frozenset; rt_set_contains (the sq_contains slot) does.
int rt_set_add_key(PySetObject *so, PyObject *key);
int rt_set_contains_key(PySetObject *so, PyObject *key);
int rt_set_discard_key(PySetObject *so, PyObject *key);

// `key in so` (sq_contains): 1, 0 or -1; an unhashable set key is looked up as a frozenset.
int rt_set_contains(PyObject *so, PyObject *key);

// Rebuild the table, without dummies, with the smallest power-of-two size (>= 8) above
// minused: 0, or -1 with MemoryError.
int rt_set_table_resize(PySetObject *so, Py_ssize_t minused);

// Walk the live entries in table order: start with *pos = 0; 1 and *entry while some remain.
int rt_set_next_entry(PySetObject *so, Py_ssize_t *pos, setentry **entry);

// Empty so (back to the small table), releasing the keys after so is consistent again: 0.
int rt_set_clear_internal(PySetObject *so);

// Add every item of other (a set, a dict's keys or any iterable) to so: 0 or -1.
int rt_set_update_internal(PySetObject *so, PyObject *other);

// A new, tracked set of exactly `type` (set, frozenset or a subclass) holding the items of
// iterable (NULL for none). New reference, or NULL.
PyObject *rt_set_make(PyTypeObject *type, PyObject *iterable);

// Like rt_set_make with type replaced by its built-in base (set or frozenset): the type of
// the results of the set algebra.
PyObject *rt_set_make_basetype(PyTypeObject *type, PyObject *iterable);

// tp_richcompare of both types: equality and the subset/superset orders; NotImplemented
// when w is not a set or frozenset.
PyObject *rt_set_richcompare(PyObject *v, PyObject *w, int op);

// The number slots: | & - ^ for both types, and the in-place forms for set.
extern PyNumberMethods rt_set_as_number;
extern PyNumberMethods rt_frozenset_as_number;

#endif
