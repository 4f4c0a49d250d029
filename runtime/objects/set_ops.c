// set_ops.c: the C API of set and frozenset and the set algebra: union, intersection,
// difference, symmetric difference, the subset tests, comparisons and the operator slots.
// Each follows CPython 3.11's algorithm step for step, because the order in which members
// land in the table (and so iteration order) depends on it. The table is in set.c.
#include <string.h>
#include "runtime/objects/set_private.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exc.h"
#include "runtime/objects/int.h"
#include "runtime/objects/tuple.h"

#define AS_SET(o) ((PySetObject *)(o))

static int
bad_set(PyObject *s)
{
    if (PyAnySet_Check(s))
        return 0;
    PyErr_BadInternalCall();
    return 1;
}

// ---- single members --------------------------------------------------------------------

PyObject *
PySet_New(PyObject *iterable)
{
    return rt_set_make(&PySet_Type, iterable);
}

PyObject *
PyFrozenSet_New(PyObject *iterable)
{
    return rt_set_make(&PyFrozenSet_Type, iterable);
}

Py_ssize_t
PySet_Size(PyObject *s)
{
    if (bad_set(s))
        return -1;
    return PySet_GET_SIZE(s);
}

int
PySet_Contains(PyObject *s, PyObject *key)
{
    if (bad_set(s))
        return -1;
    return rt_set_contains(s, key);
}

int
PySet_Add(PyObject *s, PyObject *key)
{
    // a frozenset may only be filled while its creator holds the only reference
    if (!PySet_Check(s) && (!PyFrozenSet_Check(s) || Py_REFCNT(s) != 1)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return rt_set_add_key(AS_SET(s), key);
}

int
PySet_Discard(PyObject *s, PyObject *key)
{
    if (!PySet_Check(s)) {
        PyErr_BadInternalCall();
        return -1;
    }
    int rv = rt_set_discard_key(AS_SET(s), key);
    if (rv >= 0 || !PySet_Check(key) || !PyErr_ExceptionMatches(PyExc_TypeError))
        return rv;
    // an unhashable set key stands for the equal frozenset
    PyErr_Clear();
    PyObject *frozen = rt_set_make(&PyFrozenSet_Type, key);
    if (frozen == NULL)
        return -1;
    rv = rt_set_discard_key(AS_SET(s), frozen);
    Py_DECREF(frozen);
    return rv;
}

int
rt_set_remove(PyObject *s, PyObject *key)
{
    int rv = PySet_Discard(s, key);
    if (rv != 0)
        return rv < 0 ? -1 : 0;
    // KeyError(key) with key as the single argument, even when key is a tuple
    PyObject *args = PyTuple_Pack(1, key);
    if (args != NULL) {
        PyErr_SetObject(PyExc_KeyError, args);
        Py_DECREF(args);
    }
    return -1;
}

int
PySet_Clear(PyObject *s)
{
    if (!PySet_Check(s)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return rt_set_clear_internal(AS_SET(s));
}

int
rt_set_next(PyObject *s, Py_ssize_t *pos, PyObject **key, Py_hash_t *hash)
{
    setentry *entry;
    if (bad_set(s) || !rt_set_next_entry(AS_SET(s), pos, &entry))
        return 0;
    if (key != NULL)
        *key = entry->key;
    if (hash != NULL)
        *hash = entry->hash;
    return 1;
}

int
rt_set_update(PyObject *s, PyObject *iterable)
{
    if (bad_set(s))
        return -1;
    return rt_set_update_internal(AS_SET(s), iterable);
}

PyObject *
rt_set_copy(PyObject *s)
{
    if (bad_set(s))
        return NULL;
    if (PyFrozenSet_CheckExact(s))
        return Py_NewRef(s);
    return rt_set_make_basetype(Py_TYPE(s), s);
}

// ---- union and intersection ------------------------------------------------------------

PyObject *
rt_set_union(PyObject *a, PyObject *b)
{
    if (bad_set(a))
        return NULL;
    PyObject *result = rt_set_make_basetype(Py_TYPE(a), a);
    if (result == NULL || a == b)
        return result;
    if (rt_set_update_internal(AS_SET(result), b) != 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

// Add to result each member of `small` that `big` also holds, in small's table order.
static int
intersect_sets(PySetObject *result, PySetObject *small, PySetObject *big)
{
    Py_ssize_t pos = 0;
    setentry *entry;
    while (rt_set_next_entry(small, &pos, &entry)) {
        PyObject *key = Py_NewRef(entry->key); // __eq__ may remove it from small
        Py_hash_t hash = entry->hash;
        int rv = rt_set_contains_entry(big, key, hash);
        if (rv > 0)
            rv = rt_set_add_entry(result, key, hash) == 0 ? 0 : -1;
        Py_DECREF(key);
        if (rv < 0)
            return -1;
    }
    return 0;
}

// Add to result each item of iterable that so holds, stopping once result is as large as so
// (later items can only repeat members; 3.11 ignores whether they are hashable).
static int
intersect_iterable(PySetObject *result, PySetObject *so, PyObject *iterable)
{
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL)
        return -1;
    PyObject *key;
    int rv = 0;
    while (rv == 0 && (key = PyIter_Next(it)) != NULL) {
        Py_hash_t hash = PyObject_Hash(key);
        rv = hash == -1 ? -1 : rt_set_contains_entry(so, key, hash);
        if (rv > 0) {
            rv = rt_set_add_entry(result, key, hash);
            if (rv == 0 && result->used >= so->used)
                rv = 1;
        }
        Py_DECREF(key);
    }
    Py_DECREF(it);
    return rv < 0 || PyErr_Occurred() ? -1 : 0;
}

PyObject *
rt_set_intersection(PyObject *a, PyObject *b)
{
    if (bad_set(a))
        return NULL;
    if (a == b)
        return rt_set_make_basetype(Py_TYPE(a), a);
    PyObject *result = rt_set_make_basetype(Py_TYPE(a), NULL);
    if (result == NULL)
        return NULL;
    int rv;
    if (PyAnySet_Check(b)) {
        // iterate the smaller set, b when the sizes are equal
        PySetObject *small = AS_SET(b), *big = AS_SET(a);
        if (small->used > big->used) {
            small = AS_SET(a);
            big = AS_SET(b);
        }
        rv = intersect_sets(AS_SET(result), small, big);
    } else {
        rv = intersect_iterable(AS_SET(result), AS_SET(a), b);
    }
    if (rv < 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

// Exchange the contents of a and b (tables, counts, cached hashes where both are frozen),
// so that an in-place operation can build its result aside and then adopt it.
static void
swap_bodies(PySetObject *a, PySetObject *b)
{
    Py_ssize_t t;
    t = a->fill, a->fill = b->fill, b->fill = t;
    t = a->used, a->used = b->used, b->used = t;
    t = a->mask, a->mask = b->mask, b->mask = t;
    setentry *heap_a = a->table == a->smalltable ? NULL : a->table;
    setentry *heap_b = b->table == b->smalltable ? NULL : b->table;
    setentry tmp[PySet_MINSIZE];
    memcpy(tmp, a->smalltable, sizeof(tmp));
    memcpy(a->smalltable, b->smalltable, sizeof(tmp));
    memcpy(b->smalltable, tmp, sizeof(tmp));
    a->table = heap_b != NULL ? heap_b : a->smalltable;
    b->table = heap_a != NULL ? heap_a : b->smalltable;
    if (PyFrozenSet_Check(a) && PyFrozenSet_Check(b)) {
        Py_hash_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

int
rt_set_intersection_update(PyObject *s, PyObject *other)
{
    PyObject *tmp = rt_set_intersection(s, other);
    if (tmp == NULL)
        return -1;
    swap_bodies(AS_SET(s), AS_SET(tmp));
    Py_DECREF(tmp);
    return 0;
}

// ---- difference ------------------------------------------------------------------------

// Discard every member of the set other from so.
static int
discard_members(PySetObject *so, PyObject *other)
{
    // When other is much larger, only its members that so holds matter: find those first.
    if ((PySet_GET_SIZE(other) >> 3) > so->used) {
        other = rt_set_intersection((PyObject *)so, other);
        if (other == NULL)
            return -1;
    } else {
        Py_INCREF(other);
    }
    Py_ssize_t pos = 0;
    setentry *entry;
    int rv = 0;
    while (rv >= 0 && rt_set_next_entry(AS_SET(other), &pos, &entry)) {
        PyObject *key = Py_NewRef(entry->key);
        rv = rt_set_discard_entry(so, key, entry->hash);
        Py_DECREF(key);
    }
    Py_DECREF(other);
    return rv < 0 ? -1 : 0;
}

static int
discard_items(PySetObject *so, PyObject *iterable)
{
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL)
        return -1;
    PyObject *key;
    int rv = 0;
    while (rv >= 0 && (key = PyIter_Next(it)) != NULL) {
        rv = rt_set_discard_key(so, key);
        Py_DECREF(key);
    }
    Py_DECREF(it);
    return rv < 0 || PyErr_Occurred() ? -1 : 0;
}

int
rt_set_difference_update(PyObject *s, PyObject *other)
{
    if (bad_set(s))
        return -1;
    PySetObject *so = AS_SET(s);
    if (s == other)
        return rt_set_clear_internal(so);
    int rv = PyAnySet_Check(other) ? discard_members(so, other) : discard_items(so, other);
    if (rv < 0)
        return -1;
    // purge the dummies once they are more than a quarter of the table
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return rt_set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static PyObject *
copy_and_difference(PyObject *s, PyObject *other)
{
    PyObject *result = rt_set_make_basetype(Py_TYPE(s), s);
    if (result == NULL)
        return NULL;
    if (rt_set_difference_update(result, other) != 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

// 1 if key (with its hash) is in other, a set or an exact dict; 0 if not; -1 on error.
static int
holds_known_hash(PyObject *other, PyObject *key, Py_hash_t hash)
{
    if (PyAnySet_Check(other))
        return rt_set_contains_entry(AS_SET(other), key, hash);
    if (rt_dict_get_item_known_hash(other, key, hash) != NULL)
        return 1;
    return PyErr_Occurred() ? -1 : 0;
}

PyObject *
rt_set_difference(PyObject *a, PyObject *b)
{
    if (bad_set(a))
        return NULL;
    Py_ssize_t other_size;
    if (PyAnySet_Check(b))
        other_size = PySet_GET_SIZE(b);
    else if (PyDict_CheckExact(b))
        other_size = PyDict_GET_SIZE(b);
    else
        return copy_and_difference(a, b);
    // much larger than b: copying a and discarding b's members is cheaper
    if ((PySet_GET_SIZE(a) >> 2) > other_size)
        return copy_and_difference(a, b);

    PyObject *result = rt_set_make_basetype(Py_TYPE(a), NULL);
    if (result == NULL)
        return NULL;
    Py_ssize_t pos = 0;
    setentry *entry;
    while (rt_set_next_entry(AS_SET(a), &pos, &entry)) {
        PyObject *key = Py_NewRef(entry->key);
        Py_hash_t hash = entry->hash;
        int rv = holds_known_hash(b, key, hash);
        if (rv == 0)
            rv = rt_set_add_entry(AS_SET(result), key, hash);
        Py_DECREF(key);
        if (rv < 0) {
            Py_DECREF(result);
            return NULL;
        }
    }
    return result;
}

// ---- symmetric difference --------------------------------------------------------------

// Toggle key's membership in so.
static int
toggle(PySetObject *so, PyObject *key, Py_hash_t hash)
{
    Py_INCREF(key);
    int rv = rt_set_discard_entry(so, key, hash);
    if (rv == 0)
        rv = rt_set_add_entry(so, key, hash);
    Py_DECREF(key);
    return rv < 0 ? -1 : 0;
}

int
rt_set_symmetric_difference_update(PyObject *s, PyObject *other)
{
    if (bad_set(s))
        return -1;
    PySetObject *so = AS_SET(s);
    if (s == other)
        return rt_set_clear_internal(so);
    if (PyDict_CheckExact(other)) {
        Py_ssize_t pos = 0;
        PyObject *key;
        while (PyDict_Next(other, &pos, &key, NULL)) {
            Py_hash_t hash = rt_set_key_hash(key);
            if (hash == -1 || toggle(so, key, hash) != 0)
                return -1;
        }
        return 0;
    }
    PyObject *otherset;
    if (PyAnySet_Check(other))
        otherset = Py_NewRef(other);
    else if ((otherset = rt_set_make_basetype(Py_TYPE(s), other)) == NULL)
        return -1;
    Py_ssize_t pos = 0;
    setentry *entry;
    int rv = 0;
    while (rv == 0 && rt_set_next_entry(AS_SET(otherset), &pos, &entry))
        rv = toggle(so, entry->key, entry->hash);
    Py_DECREF(otherset);
    return rv;
}

PyObject *
rt_set_symmetric_difference(PyObject *a, PyObject *b)
{
    if (bad_set(a))
        return NULL;
    // CPython builds the result from b and toggles a's members in it
    PyObject *result = rt_set_make_basetype(Py_TYPE(a), b);
    if (result == NULL)
        return NULL;
    if (rt_set_symmetric_difference_update(result, a) != 0) {
        Py_DECREF(result);
        return NULL;
    }
    return result;
}

// ---- subset tests and comparisons ------------------------------------------------------

static int
subset_of_set(PySetObject *so, PySetObject *other)
{
    if (so->used > other->used)
        return 0;
    Py_ssize_t pos = 0;
    setentry *entry;
    while (rt_set_next_entry(so, &pos, &entry)) {
        PyObject *key = Py_NewRef(entry->key);
        int rv = rt_set_contains_entry(other, key, entry->hash);
        Py_DECREF(key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

int
rt_set_issubset(PyObject *a, PyObject *b)
{
    if (bad_set(a))
        return -1;
    if (PyAnySet_Check(b))
        return subset_of_set(AS_SET(a), AS_SET(b));
    PyObject *tmp = rt_set_make(&PySet_Type, b); // 3.11 hashes every item of b first
    if (tmp == NULL)
        return -1;
    int rv = subset_of_set(AS_SET(a), AS_SET(tmp));
    Py_DECREF(tmp);
    return rv;
}

int
rt_set_issuperset(PyObject *a, PyObject *b)
{
    if (bad_set(a))
        return -1;
    if (PyAnySet_Check(b))
        return subset_of_set(AS_SET(b), AS_SET(a));
    PyObject *it = PyObject_GetIter(b);
    if (it == NULL)
        return -1;
    PyObject *key;
    int rv = 1;
    while (rv == 1 && (key = PyIter_Next(it)) != NULL) {
        rv = rt_set_contains_key(AS_SET(a), key);
        Py_DECREF(key);
    }
    Py_DECREF(it);
    return rv < 0 || PyErr_Occurred() ? -1 : rv;
}

int
rt_set_isdisjoint(PyObject *a, PyObject *b)
{
    if (bad_set(a))
        return -1;
    if (a == b)
        return PySet_GET_SIZE(a) == 0;
    if (PySet_CheckExact(b) || PyFrozenSet_CheckExact(b)) {
        PySetObject *small = AS_SET(b), *big = AS_SET(a);
        if (small->used > big->used) {
            small = AS_SET(a);
            big = AS_SET(b);
        }
        Py_ssize_t pos = 0;
        setentry *entry;
        while (rt_set_next_entry(small, &pos, &entry)) {
            PyObject *key = Py_NewRef(entry->key);
            int rv = rt_set_contains_entry(big, key, entry->hash);
            Py_DECREF(key);
            if (rv != 0)
                return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    PyObject *it = PyObject_GetIter(b);
    if (it == NULL)
        return -1;
    PyObject *key;
    int rv = 0;
    while (rv == 0 && (key = PyIter_Next(it)) != NULL) {
        rv = rt_set_contains_key(AS_SET(a), key);
        Py_DECREF(key);
    }
    Py_DECREF(it);
    return rv < 0 || PyErr_Occurred() ? -1 : !rv;
}

static PyObject *
bool_or_null(int rv)
{
    return rv < 0 ? NULL : PyBool_FromLong(rv);
}

PyObject *
rt_set_richcompare(PyObject *v, PyObject *w, int op)
{
    if (!PyAnySet_Check(w))
        return Py_NewRef(Py_NotImplemented);
    PySetObject *a = AS_SET(v), *b = AS_SET(w);
    int rv;
    switch (op) {
    case Py_EQ:
    case Py_NE:
        if (a->used != b->used)
            rv = 0;
        else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            rv = 0; // two cached frozenset hashes differ
        else if ((rv = subset_of_set(a, b)) < 0)
            return NULL;
        return PyBool_FromLong(op == Py_EQ ? rv : !rv);
    case Py_LE:
        return bool_or_null(subset_of_set(a, b));
    case Py_GE:
        return bool_or_null(subset_of_set(b, a));
    case Py_LT:
        return a->used >= b->used ? PyBool_FromLong(0) : bool_or_null(subset_of_set(a, b));
    case Py_GT:
        return a->used <= b->used ? PyBool_FromLong(0) : bool_or_null(subset_of_set(b, a));
    }
    return Py_NewRef(Py_NotImplemented);
}

// ---- operator slots --------------------------------------------------------------------
// The binary slots get either operand order from abstract.c; both must be sets. The result
// takes the left operand's built-in type. The in-place slots are set's only.

static PyObject *
set_or(PyObject *a, PyObject *b)
{
    if (!PyAnySet_Check(a) || !PyAnySet_Check(b))
        return Py_NewRef(Py_NotImplemented);
    return rt_set_union(a, b);
}

static PyObject *
set_and(PyObject *a, PyObject *b)
{
    if (!PyAnySet_Check(a) || !PyAnySet_Check(b))
        return Py_NewRef(Py_NotImplemented);
    return rt_set_intersection(a, b);
}

static PyObject *
set_sub(PyObject *a, PyObject *b)
{
    if (!PyAnySet_Check(a) || !PyAnySet_Check(b))
        return Py_NewRef(Py_NotImplemented);
    return rt_set_difference(a, b);
}

static PyObject *
set_xor(PyObject *a, PyObject *b)
{
    if (!PyAnySet_Check(a) || !PyAnySet_Check(b))
        return Py_NewRef(Py_NotImplemented);
    return rt_set_symmetric_difference(a, b);
}

// Run an in-place update of a with the set b; a itself (a new reference) is the result.
static PyObject *
inplace(PyObject *a, PyObject *b, int (*update)(PyObject *, PyObject *))
{
    if (!PyAnySet_Check(b))
        return Py_NewRef(Py_NotImplemented);
    if (update(a, b) != 0)
        return NULL;
    return Py_NewRef(a);
}

static PyObject *
set_ior(PyObject *a, PyObject *b)
{
    return inplace(a, b, rt_set_update);
}

static PyObject *
set_iand(PyObject *a, PyObject *b)
{
    return inplace(a, b, rt_set_intersection_update);
}

static PyObject *
set_isub(PyObject *a, PyObject *b)
{
    return inplace(a, b, rt_set_difference_update);
}

static PyObject *
set_ixor(PyObject *a, PyObject *b)
{
    return inplace(a, b, rt_set_symmetric_difference_update);
}

PyNumberMethods rt_set_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
    .nb_inplace_subtract = set_isub,
    .nb_inplace_and = set_iand,
    .nb_inplace_xor = set_ixor,
    .nb_inplace_or = set_ior,
};

PyNumberMethods rt_frozenset_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
};
