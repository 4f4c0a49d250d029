// ops_match.c: the run-time half of `match` (PEP 634): the MATCH_SEQUENCE / MATCH_MAPPING
// kind tests, MATCH_KEYS's lookups through `get`, and MATCH_CLASS's isinstance check and
// attribute fetches. The pattern code around them is compiled by frontend/compile_match.c.
#include "runtime/call.h"
#include "runtime/objects/bytearray.h"
#include "runtime/objects/typeattr.h"
#include "vm/builtins.h"
#include "vm/ops.h"

#define COLLECTION_FLAGS (Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING)

// The collection flag of type: its own, else the first one along its MRO. CPython copies
// the flag into a class when the class is created; Krait's type_new does not (yet), so a
// class finds it here, in the same MRO order CPython inherits it in.
static unsigned long
collection_flags(PyTypeObject *type)
{
    unsigned long flags = type->tp_flags & COLLECTION_FLAGS;
    PyObject *mro = type->tp_mro;
    if (flags || !PyType_HasFeature(type, Py_TPFLAGS_HEAPTYPE) || mro == NULL)
        return flags;
    for (Py_ssize_t i = 1; i < PyTuple_GET_SIZE(mro); i++) {
        flags = ((PyTypeObject *)PyTuple_GET_ITEM(mro, i))->tp_flags & COLLECTION_FLAGS;
        if (flags)
            return flags;
    }
    return 0;
}

int
vm_match_sequence(PyObject *subject)
{
    return (collection_flags(Py_TYPE(subject)) & Py_TPFLAGS_SEQUENCE) != 0;
}

int
vm_match_mapping(PyObject *subject)
{
    return (collection_flags(Py_TYPE(subject)) & Py_TPFLAGS_MAPPING) != 0;
}

// ---- MATCH_KEYS -------------------------------------------------------------------------------

// Add key to the keys seen so far: 0, or -1 with ValueError when it was seen already.
static int
check_new_key(PyObject *seen, PyObject *key)
{
    int in = PySet_Contains(seen, key);
    if (in == 0)
        return PySet_Add(seen, key);
    if (in > 0)
        PyErr_Format(PyExc_ValueError, "mapping pattern checks duplicate key (%R)", key);
    return -1;
}

// map.get(key, missing) through the method found by vm_load_method (unbound: pass map).
static PyObject *
call_get(PyObject *get, int unbound, PyObject *map, PyObject *key, PyObject *missing)
{
    PyObject *args[3] = {map, key, missing};
    if (unbound)
        return rt_call_vector(get, args, 3, NULL);
    return rt_call_vector(get, args + 1, 2, NULL);
}

// Fill values with map's value for each of keys: 1, 0 at the first key missing, -1 on error.
// `get` with a default of our own, not [], so that a __missing__ (defaultdict) is not run.
static int
lookup_keys(PyObject *map, PyObject *keys, PyObject *values)
{
    PyObject *name = PyUnicode_InternFromString("get"), *get;
    int unbound = name == NULL ? -1 : vm_load_method(map, name, &get);
    if (unbound < 0)
        return -1;
    PyObject *seen = PySet_New(NULL);
    PyObject *missing = seen == NULL ? NULL : PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
    int found = missing == NULL ? -1 : 1;
    for (Py_ssize_t i = 0; found > 0 && i < PyTuple_GET_SIZE(keys); i++) {
        PyObject *key = PyTuple_GET_ITEM(keys, i);
        PyObject *value =
            check_new_key(seen, key) < 0 ? NULL : call_get(get, unbound, map, key, missing);
        if (value == NULL)
            found = -1;
        else if (value == missing)
            found = 0;
        else
            PyTuple_SET_ITEM(values, i, Py_NewRef(value));
        Py_XDECREF(value);
    }
    Py_XDECREF(missing);
    Py_XDECREF(seen);
    Py_DECREF(get);
    return found;
}

PyObject *
vm_match_keys(PyObject *map, PyObject *keys)
{
    PyObject *values = PyTuple_New(PyTuple_GET_SIZE(keys));
    if (values == NULL || PyTuple_GET_SIZE(keys) == 0)
        return values;
    int found = lookup_keys(map, keys, values);
    if (found > 0)
        return values;
    Py_DECREF(values);
    return found < 0 ? NULL : Py_NewRef(Py_None);
}

// ---- MATCH_CLASS ------------------------------------------------------------------------------

// The built-in types whose positional sub-pattern matches the subject itself (int(x)
// binds x to the int), and their subclasses that do not set __match_args__. CPython marks
// them with a type flag; this is Krait's one list of them.
static PyTypeObject *const match_self_types[] = {
    &PyBool_Type,  &PyByteArray_Type, &PyBytes_Type, &PyDict_Type,
    &PyFloat_Type, &PyFrozenSet_Type, &PyLong_Type,  &PyList_Type,
    &PySet_Type,   &PyUnicode_Type,   &PyTuple_Type,
};

static int
matches_self(PyTypeObject *type)
{
    // CPython passes the flag down the tp_base chain.
    for (; type != NULL; type = type->tp_base)
        for (size_t i = 0; i < sizeof match_self_types / sizeof *match_self_types; i++)
            if (type == match_self_types[i])
                return 1;
    return 0;
}

// subject.name appended to attrs: 1, 0 when there is no such attribute (no match), -1 on
// error (TypeError when a name is matched twice).
static int
append_attr(PyObject *attrs, PyObject *subject, PyTypeObject *type, PyObject *name, PyObject *seen)
{
    int in = PySet_Contains(seen, name);
    if (in > 0)
        PyErr_Format(PyExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                     type->tp_name, name);
    if (in != 0 || PySet_Add(seen, name) < 0)
        return -1;
    PyObject *attr;
    int found = rt_object_lookup_attr(subject, name, &attr);
    if (found <= 0)
        return found;
    int err = PyList_Append(attrs, attr);
    Py_DECREF(attr);
    return err < 0 ? -1 : 1;
}

// type.__match_args__, which must be a tuple: new reference, or an empty tuple when absent
// (and *self set when the type matches itself), or NULL with an exception.
static PyObject *
match_args(PyTypeObject *type, int *self)
{
    PyObject *args, *name = PyUnicode_InternFromString("__match_args__");
    int found = name == NULL ? -1 : rt_object_lookup_attr((PyObject *)type, name, &args);
    if (found < 0)
        return NULL;
    if (found == 0) {
        // Defining __match_args__ turns the self-matching off, in subclasses too.
        *self = matches_self(type);
        return PyTuple_New(0);
    }
    if (!PyTuple_CheckExact(args)) {
        PyErr_Format(PyExc_TypeError, "%s.__match_args__ must be a tuple (got %s)", type->tp_name,
                     Py_TYPE(args)->tp_name);
        Py_DECREF(args);
        return NULL;
    }
    return args;
}

// The attributes for the nargs positional sub-patterns appended to attrs: 1, 0 for no
// match, -1 on error.
static int
positional_attrs(PyObject *attrs, PyObject *subject, PyTypeObject *type, Py_ssize_t nargs,
                 PyObject *seen)
{
    int self = 0;
    PyObject *names = match_args(type, &self);
    if (names == NULL)
        return -1;
    Py_ssize_t allowed = self ? 1 : PyTuple_GET_SIZE(names);
    int r = 1;
    if (allowed < nargs) {
        PyErr_Format(PyExc_TypeError, "%s() accepts %zd positional sub-pattern%s (%zd given)",
                     type->tp_name, allowed, allowed == 1 ? "" : "s", nargs);
        r = -1;
    } else if (self) {
        r = PyList_Append(attrs, subject) < 0 ? -1 : 1;
    }
    for (Py_ssize_t i = 0; !self && r > 0 && i < nargs; i++) {
        PyObject *name = PyTuple_GET_ITEM(names, i);
        if (!PyUnicode_CheckExact(name)) {
            PyErr_Format(PyExc_TypeError, "__match_args__ elements must be strings (got %s)",
                         Py_TYPE(name)->tp_name);
            r = -1;
        } else {
            r = append_attr(attrs, subject, type, name, seen);
        }
    }
    Py_DECREF(names);
    return r;
}

// The attributes matched by cls(...): 1 with them in attrs, 0 for no match, -1 on error.
static int
class_attrs(PyObject *attrs, PyObject *subject, PyTypeObject *type, Py_ssize_t nargs,
            PyObject *kwnames)
{
    PyObject *seen = PySet_New(NULL);
    if (seen == NULL)
        return -1;
    int r = nargs ? positional_attrs(attrs, subject, type, nargs, seen) : 1;
    for (Py_ssize_t i = 0; r > 0 && i < PyTuple_GET_SIZE(kwnames); i++)
        r = append_attr(attrs, subject, type, PyTuple_GET_ITEM(kwnames, i), seen);
    Py_DECREF(seen);
    return r;
}

PyObject *
vm_match_class(PyObject *subject, PyObject *cls, Py_ssize_t nargs, PyObject *kwnames)
{
    if (!PyType_Check(cls)) {
        PyErr_SetString(PyExc_TypeError, "called match pattern must be a type");
        return NULL;
    }
    int is = PyObject_IsInstance(subject, cls);
    if (is <= 0)
        return is < 0 ? NULL : Py_NewRef(Py_None);
    PyObject *attrs = PyList_New(0);
    if (attrs == NULL)
        return NULL;
    int r = class_attrs(attrs, subject, (PyTypeObject *)cls, nargs, kwnames);
    PyObject *result = r > 0 ? PyList_AsTuple(attrs) : r == 0 ? Py_NewRef(Py_None) : NULL;
    Py_DECREF(attrs);
    return result;
}
