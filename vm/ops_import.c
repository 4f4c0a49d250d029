// ops_import.c: the import instructions. Finding and loading modules is the import
// system's (vm/import.c, reached through builtins.__import__); this file only calls it and
// copies names out of the resulting modules.
#include "runtime/call.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/typeattr.h"
#include "vm/ops.h"

PyObject *
vm_import_name(Frame *f, PyObject *name, PyObject *fromlist, PyObject *level)
{
    PyObject *key = PyUnicode_InternFromString("__import__");
    if (key == NULL)
        return NULL;
    PyObject *import = PyDict_Check(f->builtins) ? PyDict_GetItemWithError(f->builtins, key)
                                                 : PyObject_GetItem(f->builtins, key);
    Py_DECREF(key);
    if (import == NULL) {
        if (!PyErr_Occurred() || PyErr_ExceptionMatches(PyExc_KeyError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_ImportError, "__import__ not found");
        }
        return NULL;
    }
    if (PyDict_Check(f->builtins))
        Py_INCREF(import);
    PyObject *args[5] = {name, f->globals, f->locals != NULL ? f->locals : Py_None, fromlist,
                         level};
    PyObject *r = rt_call_vector(import, args, 5, NULL);
    Py_DECREF(import);
    return r;
}

// Raise ImportError(msg) with .name and .path set (either may be NULL).
static void
set_import_error(PyObject *msg, PyObject *name, PyObject *path)
{
    if (msg == NULL)
        return;
    PyErr_SetObject(PyExc_ImportError, msg);
    Py_DECREF(msg);
    PyObject *exc = rt_tstate()->current_exception;
    if (exc == NULL || !PyErr_GivenExceptionMatches(exc, PyExc_ImportError))
        return;
    PyImportErrorObject *ie = (PyImportErrorObject *)exc;
    Py_XSETREF(ie->name, Py_XNewRef(name));
    Py_XSETREF(ie->path, Py_XNewRef(path));
}

// True if module.__spec__._initializing is true (a circular import in progress).
static int
is_initializing(PyObject *module)
{
    PyObject *spec = NULL, *flag = NULL;
    int r = 0;
    if (rt_object_lookup_attr(module, PyUnicode_InternFromString("__spec__"), &spec) > 0 &&
        rt_object_lookup_attr(spec, PyUnicode_InternFromString("_initializing"), &flag) > 0)
        r = PyObject_IsTrue(flag) > 0;
    Py_XDECREF(spec);
    Py_XDECREF(flag);
    PyErr_Clear();
    return r;
}

PyObject *
vm_import_from(PyObject *module, PyObject *name)
{
    PyObject *x = NULL;
    if (rt_object_lookup_attr(module, name, &x) != 0)
        return x;
    PyObject *pkgname = NULL, *pkgpath = NULL;
    if (rt_object_lookup_attr(module, PyUnicode_InternFromString("__name__"), &pkgname) < 0)
        return NULL;
    if (pkgname != NULL && !PyUnicode_Check(pkgname))
        Py_CLEAR(pkgname);
    if (PyModule_Check(module)) {
        pkgpath = PyModule_GetFilenameObject(module);
        if (pkgpath == NULL)
            PyErr_Clear();
    }
    PyObject *shown =
        pkgname != NULL ? Py_NewRef(pkgname) : PyUnicode_FromString("<unknown module name>");
    if (shown == NULL) {
        Py_XDECREF(pkgname);
        Py_XDECREF(pkgpath);
        return NULL;
    }
    PyObject *msg;
    if (pkgpath == NULL || !PyUnicode_Check(pkgpath))
        msg = PyUnicode_FromFormat("cannot import name %R from %R (unknown location)", name, shown);
    else if (is_initializing(module))
        msg = PyUnicode_FromFormat("cannot import name %R from partially initialized module %R "
                                   "(most likely due to a circular import) (%S)",
                                   name, shown, pkgpath);
    else
        msg = PyUnicode_FromFormat("cannot import name %R from %R (%S)", name, shown, pkgpath);
    set_import_error(msg, pkgname, pkgpath);
    Py_DECREF(shown);
    Py_XDECREF(pkgname);
    Py_XDECREF(pkgpath);
    return NULL;
}

// Store module.name into locals (a dict or mapping).
static int
copy_name(PyObject *locals, PyObject *module, PyObject *name)
{
    PyObject *value = PyObject_GetAttr(module, name);
    if (value == NULL)
        return -1;
    int r = PyDict_CheckExact(locals) ? PyDict_SetItem(locals, name, value)
                                      : PyObject_SetItem(locals, name, value);
    Py_DECREF(value);
    return r;
}

static void
bad_name_type(PyObject *module, PyObject *name, int from_dict)
{
    PyObject *modname = PyObject_GetAttrString(module, "__name__");
    if (modname == NULL)
        return;
    if (!PyUnicode_Check(modname))
        PyErr_Format(PyExc_TypeError, "module __name__ must be a string, not %.100s",
                     Py_TYPE(modname)->tp_name);
    else
        PyErr_Format(PyExc_TypeError, "%s in %U.%s must be str, not %.100s",
                     from_dict ? "Key" : "Item", modname, from_dict ? "__dict__" : "__all__",
                     Py_TYPE(name)->tp_name);
    Py_DECREF(modname);
}

int
vm_import_star(PyObject *locals, PyObject *module)
{
    if (locals == NULL) {
        PyErr_SetString(PyExc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    PyObject *all = NULL;
    int from_dict = 0;
    if (rt_object_lookup_attr(module, PyUnicode_InternFromString("__all__"), &all) < 0)
        return -1;
    if (all == NULL) {
        PyObject *dict = NULL;
        if (rt_object_lookup_attr(module, PyUnicode_InternFromString("__dict__"), &dict) < 0)
            return -1;
        if (dict == NULL) {
            PyErr_SetString(PyExc_ImportError,
                            "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = PyDict_Check(dict) ? PyDict_Keys(dict) : PySequence_List(dict);
        Py_DECREF(dict);
        if (all == NULL)
            return -1;
        from_dict = 1;
    }
    int err = 0;
    for (Py_ssize_t pos = 0;; pos++) {
        PyObject *name = PySequence_GetItem(all, pos);
        if (name == NULL) {
            if (PyErr_ExceptionMatches(PyExc_IndexError))
                PyErr_Clear();
            else
                err = -1;
            break;
        }
        if (!PyUnicode_Check(name)) {
            bad_name_type(module, name, from_dict);
            Py_DECREF(name);
            err = -1;
            break;
        }
        int skip =
            from_dict && PyUnicode_GET_LENGTH(name) > 0 && PyUnicode_READ_CHAR(name, 0) == '_';
        if (!skip)
            err = copy_name(locals, module, name);
        Py_DECREF(name);
        if (err != 0)
            break;
    }
    Py_DECREF(all);
    return err;
}
