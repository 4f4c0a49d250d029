// dict_methods.c: the methods of dict (get, setdefault, pop, keys, update, fromkeys ...),
// thin wrappers over the C API of dict.c, dict_update.c and dictview.c. The views' own
// methods (isdisjoint, __reversed__) are in dictview.c.
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/method_tables.h"

static PyObject *
dict_contains_meth(PyObject *self, PyObject *key)
{
    int r = PyDict_Contains(self, key);
    return r < 0 ? NULL : PyBool_FromLong(r);
}

static PyObject *
dict_getitem_meth(PyObject *self, PyObject *key)
{
    // Through the slot, so that a subclass's __missing__ is honoured.
    return PyDict_Type.tp_as_mapping->mp_subscript(self, key);
}

static PyObject *
dict_sizeof_meth(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(rt_dict_sizeof(self));
}

static PyObject *
dict_get_meth(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("get", nargs, 1, 2))
        return NULL;
    PyObject *v = PyDict_GetItemWithError(self, args[0]);
    if (v == NULL && PyErr_Occurred())
        return NULL;
    return Py_NewRef(v != NULL ? v : nargs == 2 ? args[1] : Py_None);
}

static PyObject *
dict_setdefault_meth(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("setdefault", nargs, 1, 2))
        return NULL;
    PyObject *v = PyDict_SetDefault(self, args[0], nargs == 2 ? args[1] : Py_None);
    return Py_XNewRef(v);
}

static PyObject *
dict_pop_meth(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("pop", nargs, 1, 2))
        return NULL;
    return rt_dict_pop(self, args[0], nargs == 2 ? args[1] : NULL);
}

static PyObject *
dict_popitem_meth(PyObject *self, PyObject *unused)
{
    return rt_dict_popitem(self);
}

static PyObject *
dict_keys_meth(PyObject *self, PyObject *unused)
{
    return rt_dictview_new(self, &rt_dict_keys_type);
}

static PyObject *
dict_items_meth(PyObject *self, PyObject *unused)
{
    return rt_dictview_new(self, &rt_dict_items_type);
}

static PyObject *
dict_values_meth(PyObject *self, PyObject *unused)
{
    return rt_dictview_new(self, &rt_dict_values_type);
}

static PyObject *
dict_update_meth(PyObject *self, PyObject *args, PyObject *kwargs)
{
    if (rt_dict_update_common(self, args, kwargs, "update") < 0)
        return NULL;
    return Py_NewRef(Py_None);
}

static PyObject *
dict_fromkeys_meth(PyObject *cls, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("fromkeys", nargs, 1, 2))
        return NULL;
    return rt_dict_fromkeys(cls, args[0], nargs == 2 ? args[1] : Py_None);
}

static PyObject *
dict_clear_meth(PyObject *self, PyObject *unused)
{
    PyDict_Clear(self);
    return Py_NewRef(Py_None);
}

static PyObject *
dict_copy_meth(PyObject *self, PyObject *unused)
{
    return PyDict_Copy(self);
}

static PyObject *
dict_reversed_meth(PyObject *self, PyObject *unused)
{
    return rt_dictview_iter_new(self, &rt_dict_reversekeyiterator_type);
}

#define FAST(f) (PyCFunction)(void (*)(void))(f)

PyMethodDef rt_dict_methods[] = {
    {"__contains__", dict_contains_meth, METH_O | METH_COEXIST,
     "__contains__($self, key, /)\n--\n\nTrue if the dictionary has the specified key, else "
     "False."},
    {"__getitem__", dict_getitem_meth, METH_O | METH_COEXIST, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", dict_sizeof_meth, METH_NOARGS, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", FAST(dict_get_meth), METH_FASTCALL,
     "get($self, key, default=None, /)\n--\n\nReturn the value for key if key is in the "
     "dictionary, else default."},
    {"setdefault", FAST(dict_setdefault_meth), METH_FASTCALL,
     "setdefault($self, key, default=None, /)\n--\n\nInsert key with a value of default if key "
     "is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else "
     "default."},
    {"pop", FAST(dict_pop_meth), METH_FASTCALL,
     "pop($self, key, default=<unrepresentable>, /)\n--\n\nD.pop(k[,d]) -> v, remove specified "
     "key and return the corresponding value.\n\nIf the key is not found, return the default if "
     "given; otherwise,\nraise a KeyError."},
    {"popitem", dict_popitem_meth, METH_NOARGS,
     "popitem($self, /)\n--\n\nRemove and return a (key, value) pair as a 2-tuple.\n\nPairs are "
     "returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys", dict_keys_meth, METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", dict_items_meth, METH_NOARGS,
     "D.items() -> a set-like object providing a view on D's items"},
    {"values", dict_values_meth, METH_NOARGS, "D.values() -> an object providing a view on D's values"},
    {"update", FAST(dict_update_meth), METH_VARARGS | METH_KEYWORDS,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has "
     "a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() "
     "method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in "
     "F:  D[k] = F[k]"},
    {"fromkeys", FAST(dict_fromkeys_meth), METH_FASTCALL | METH_CLASS,
     "fromkeys($type, iterable, value=None, /)\n--\n\nCreate a new dictionary with keys from "
     "iterable and values set to value."},
    {"clear", dict_clear_meth, METH_NOARGS, "D.clear() -> None.  Remove all items from D."},
    {"copy", dict_copy_meth, METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", dict_reversed_meth, METH_NOARGS,
     "__reversed__($self, /)\n--\n\nReturn a reverse iterator over the dict keys."},
    RT_CLASS_GETITEM_METHOD,
    {NULL},
};
