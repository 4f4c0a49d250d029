// set_methods.c: the methods of set and frozenset (add, discard, union, issubset, the
// *_update forms ...), thin wrappers over the C API of set_ops.c. The types are in set.c.
#include "runtime/runtime.h"
#include "runtime/objects/method_tables.h"
#include "runtime/objects/set_private.h"

static PyObject *
none_or_null(int r)
{
    return r < 0 ? NULL : Py_NewRef(Py_None);
}

static PyObject *
bool_or_null(int r)
{
    return r < 0 ? NULL : PyBool_FromLong(r);
}

static PyObject *
set_add_meth(PyObject *self, PyObject *key)
{
    return none_or_null(PySet_Add(self, key));
}

static PyObject *
set_discard_meth(PyObject *self, PyObject *key)
{
    return none_or_null(PySet_Discard(self, key));
}

static PyObject *
set_remove_meth(PyObject *self, PyObject *key)
{
    return none_or_null(rt_set_remove(self, key));
}

static PyObject *
set_pop_meth(PyObject *self, PyObject *unused)
{
    return PySet_Pop(self);
}

static PyObject *
set_clear_meth(PyObject *self, PyObject *unused)
{
    return none_or_null(PySet_Clear(self));
}

static PyObject *
set_copy_meth(PyObject *self, PyObject *unused)
{
    return rt_set_copy(self);
}

static PyObject *
set_contains_meth(PyObject *self, PyObject *key)
{
    return bool_or_null(PySet_Contains(self, key));
}

static PyObject *
set_issubset_meth(PyObject *self, PyObject *other)
{
    return bool_or_null(rt_set_issubset(self, other));
}

static PyObject *
set_issuperset_meth(PyObject *self, PyObject *other)
{
    return bool_or_null(rt_set_issuperset(self, other));
}

static PyObject *
set_isdisjoint_meth(PyObject *self, PyObject *other)
{
    return bool_or_null(rt_set_isdisjoint(self, other));
}

static PyObject *
set_symmetric_difference_meth(PyObject *self, PyObject *other)
{
    return rt_set_symmetric_difference(self, other);
}

static PyObject *
set_symmetric_difference_update_meth(PyObject *self, PyObject *other)
{
    return none_or_null(rt_set_symmetric_difference_update(self, other));
}

// Apply a one-argument in-place operation for each argument in turn.
static PyObject *
update_each(PyObject *self, PyObject *args, int (*op)(PyObject *, PyObject *))
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(args); i++) {
        if (op(self, PyTuple_GET_ITEM(args, i)) < 0)
            return NULL;
    }
    return Py_NewRef(Py_None);
}

static PyObject *
set_update_meth(PyObject *self, PyObject *args)
{
    return update_each(self, args, rt_set_update);
}

static PyObject *
set_intersection_update_meth(PyObject *self, PyObject *args)
{
    return update_each(self, args, rt_set_intersection_update);
}

static PyObject *
set_difference_update_meth(PyObject *self, PyObject *args)
{
    return update_each(self, args, rt_set_difference_update);
}

// a.op(b, c, ...): the binary operation with the first argument makes a new set of a's
// built-in type; the rest update it in place.
static PyObject *
multi(PyObject *self, PyObject *args, PyObject *(*first)(PyObject *, PyObject *),
      int (*rest)(PyObject *, PyObject *), int skip_self)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    // Without arguments: a new copy, even of a frozenset (unlike frozenset.copy()).
    if (n == 0)
        return rt_set_make_basetype(Py_TYPE(self), self);
    PyObject *result = first(self, PyTuple_GET_ITEM(args, 0));
    for (Py_ssize_t i = 1; i < n && result != NULL; i++) {
        PyObject *other = PyTuple_GET_ITEM(args, i);
        if (skip_self && other == self)
            continue;
        if (rest(result, other) < 0)
            Py_CLEAR(result);
    }
    return result;
}

static PyObject *
set_union_meth(PyObject *self, PyObject *args)
{
    return multi(self, args, rt_set_union, rt_set_update, 1);
}

static PyObject *
set_intersection_meth(PyObject *self, PyObject *args)
{
    return multi(self, args, rt_set_intersection, rt_set_intersection_update, 0);
}

static PyObject *
set_difference_meth(PyObject *self, PyObject *args)
{
    return multi(self, args, rt_set_difference, rt_set_difference_update, 0);
}

static PyObject *
set_sizeof_meth(PyObject *self, PyObject *unused)
{
    PySetObject *s = (PySetObject *)self;
    Py_ssize_t size = (Py_ssize_t)sizeof(PySetObject);
    if (s->table != s->smalltable)
        size += (s->mask + 1) * (Py_ssize_t)sizeof(setentry);
    return PyLong_FromSsize_t(size);
}

#define DOC_CONTAINS "x.__contains__(y) <==> y in x."
#define DOC_COPY "Return a shallow copy of a set."
#define DOC_DIFFERENCE "Return the difference of two or more sets as a new set.\n\n(i.e. all " \
                       "elements that are in this set but not the others.)"
#define DOC_INTERSECTION "Return the intersection of two sets as a new set.\n\n(i.e. all " \
                         "elements that are in both sets.)"
#define DOC_ISDISJOINT "Return True if two sets have a null intersection."
#define DOC_ISSUBSET "Report whether another set contains this set."
#define DOC_ISSUPERSET "Report whether this set contains another set."
#define DOC_SYMDIFF "Return the symmetric difference of two sets as a new set.\n\n(i.e. all " \
                    "elements that are in exactly one of the sets.)"
#define DOC_UNION "Return the union of sets as a new set.\n\n(i.e. all elements that are in " \
                  "either set.)"
#define DOC_SIZEOF "S.__sizeof__() -> size of S in memory, in bytes"

// The methods both types share, so the two tables cannot drift apart.
#define SHARED_METHODS                                                                         \
    {"__contains__", set_contains_meth, METH_O | METH_COEXIST, DOC_CONTAINS},                  \
    {"copy", set_copy_meth, METH_NOARGS, DOC_COPY},                                            \
    {"difference", set_difference_meth, METH_VARARGS, DOC_DIFFERENCE},                         \
    {"intersection", set_intersection_meth, METH_VARARGS, DOC_INTERSECTION},                   \
    {"isdisjoint", set_isdisjoint_meth, METH_O, DOC_ISDISJOINT},                               \
    {"issubset", set_issubset_meth, METH_O, DOC_ISSUBSET},                                     \
    {"issuperset", set_issuperset_meth, METH_O, DOC_ISSUPERSET},                               \
    {"__sizeof__", set_sizeof_meth, METH_NOARGS, DOC_SIZEOF},                                  \
    {"symmetric_difference", set_symmetric_difference_meth, METH_O, DOC_SYMDIFF},              \
    {"union", set_union_meth, METH_VARARGS, DOC_UNION},                                        \
    RT_CLASS_GETITEM_METHOD

PyMethodDef rt_set_methods[] = {
    {"add", set_add_meth, METH_O,
     "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", set_clear_meth, METH_NOARGS, "Remove all elements from this set."},
    {"discard", set_discard_meth, METH_O,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() "
     "method does not raise\nan exception when an element is missing from the set."},
    {"difference_update", set_difference_update_meth, METH_VARARGS,
     "Remove all elements of another set from this set."},
    {"intersection_update", set_intersection_update_meth, METH_VARARGS,
     "Update a set with the intersection of itself and another."},
    {"pop", set_pop_meth, METH_NOARGS,
     "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"remove", set_remove_meth, METH_O,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, "
     "raise a KeyError."},
    {"symmetric_difference_update", set_symmetric_difference_update_meth, METH_O,
     "Update a set with the symmetric difference of itself and another."},
    {"update", set_update_meth, METH_VARARGS, "Update a set with the union of itself and others."},
    SHARED_METHODS,
    {NULL},
};

PyMethodDef rt_frozenset_methods[] = {
    SHARED_METHODS,
    {NULL},
};

static PyObject *
setiter_length_hint_meth(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(rt_set_iterator_length_hint(self));
}

PyMethodDef rt_set_iterator_methods[] = {
    {"__length_hint__", setiter_length_hint_meth, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};
