// weakrefmodule.c: the _weakref module, the C half of weakref: the reference and proxy types
// (runtime/objects/weakref.c), getweakrefcount, getweakrefs, proxy and _remove_dead_weakref.
// The weakref module itself (WeakValueDictionary and friends) is Python, in lib/.
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "modules/modules.h"

static PyObject *
weakref_getweakrefcount(PyObject *self, PyObject *obj)
{
    (void)self;
    return PyLong_FromSsize_t(rt_weakref_count(obj));
}

static PyObject *
weakref_getweakrefs(PyObject *self, PyObject *obj)
{
    (void)self;
    return rt_weakref_list(obj);
}

static PyObject *
weakref_proxy(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (!rt_call_check_positional("proxy", nargs, 1, 2))
        return NULL;
    return PyWeakref_NewProxy(args[0], nargs > 1 ? args[1] : NULL);
}

// del d[key] if d[key] is a dead weak reference (the callback of WeakValueDictionary).
static PyObject *
weakref_remove_dead_weakref(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (!rt_call_check_positional("_remove_dead_weakref", nargs, 2, 2))
        return NULL;
    if (!PyDict_Check(args[0])) {
        PyErr_Format(PyExc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                     Py_TYPE(args[0])->tp_name);
        return NULL;
    }
    PyObject *value = PyDict_GetItemWithError(args[0], args[1]);
    if (value == NULL) {
        if (PyErr_Occurred())
            return NULL;
        Py_RETURN_NONE; // already gone
    }
    if (PyWeakref_Check(value) && PyWeakref_GetObject(value) == Py_None &&
        PyDict_DelItem(args[0], args[1]) < 0) {
        if (!PyErr_ExceptionMatches(PyExc_KeyError))
            return NULL;
        PyErr_Clear();
    }
    Py_RETURN_NONE;
}

static PyMethodDef weakref_methods[] = {
    {"getweakrefcount", weakref_getweakrefcount, METH_O,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", weakref_getweakrefs, METH_O,
     "getweakrefs(object) -- return a list of all weak reference objects\nthat point to "
     "'object'."},
    {"proxy", (PyCFunction)(void (*)(void))weakref_proxy, METH_FASTCALL,
     "proxy(object[, callback]) -- create a proxy object that weakly\nreferences 'object'.  "
     "'callback', if given, is called with a\nreference to the proxy when 'object' is about "
     "to be finalized."},
    {"_remove_dead_weakref", (PyCFunction)(void (*)(void))weakref_remove_dead_weakref,
     METH_FASTCALL, "Atomically delete key from dict if it is a dead weakref."},
    {NULL, NULL, 0, NULL},
};

PyObject *
PyInit__weakref(void)
{
    PyObject *m = rt_module_create("_weakref", weakref_methods, "Weak-reference support module.");
    if (m == NULL)
        return NULL;
    if (PyModule_AddObjectRef(m, "ref", (PyObject *)&rt_weakref_ref_type) < 0 ||
        PyModule_AddObjectRef(m, "ReferenceType", (PyObject *)&rt_weakref_ref_type) < 0 ||
        PyModule_AddObjectRef(m, "ProxyType", (PyObject *)&rt_weakref_proxy_type) < 0 ||
        PyModule_AddObjectRef(m, "CallableProxyType",
                              (PyObject *)&rt_weakref_callable_proxy_type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
