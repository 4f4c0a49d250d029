// atexitmodule.c: the `atexit` module. Functions registered with atexit.register run when
// the interpreter exits normally, last registered first (mod_atexit_call, from main.c before
// modules are torn down). An exception in one is reported as "Exception ignored in atexit
// callback: <func>" and the others still run, as CPython 3.11 does.
#include "modules/modules.h"
#include "runtime/call.h"
#include "runtime/objects/moduleobject.h"

typedef struct {
    PyObject *func;
    PyObject *args;   // a tuple
    PyObject *kwargs; // a dict, or NULL
} Callback;

// Registered callbacks in order; unregister leaves an empty slot (func NULL) that
// _ncallbacks still counts, as CPython's array does.
static struct {
    Callback *items;
    Py_ssize_t n, cap;
} callbacks;

static void
callback_clear(Callback *cb)
{
    Py_CLEAR(cb->func);
    Py_CLEAR(cb->args);
    Py_CLEAR(cb->kwargs);
}

static void
clear_all(void)
{
    // Clearing may run destructors that register again: detach the array first.
    Callback *items = callbacks.items;
    Py_ssize_t n = callbacks.n;
    callbacks.items = NULL;
    callbacks.n = callbacks.cap = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        callback_clear(&items[i]);
    PyMem_Free(items);
}

void
mod_atexit_call(void)
{
    // Run from the last to the first; callbacks registered meanwhile are not run.
    for (Py_ssize_t i = callbacks.n - 1; i >= 0; i--) {
        if (i >= callbacks.n)
            continue; // a callback called _clear()
        Callback *cb = &callbacks.items[i];
        if (cb->func == NULL)
            continue;
        // Own references: the callback may unregister or clear itself while it runs.
        PyObject *func = Py_NewRef(cb->func), *args = Py_NewRef(cb->args);
        PyObject *kwargs = Py_XNewRef(cb->kwargs);
        PyObject *r = PyObject_Call(func, args, kwargs);
        if (r == NULL)
            rt_err_write_unraisable_msg("in atexit callback", func);
        Py_XDECREF(r);
        Py_DECREF(func);
        Py_DECREF(args);
        Py_XDECREF(kwargs);
    }
    clear_all();
}

// atexit.register(func, /, *args, **kwargs): func
static PyObject *
atexit_register(PyObject *self, PyObject *args, PyObject *kwargs)
{
    if (PyTuple_GET_SIZE(args) == 0) {
        PyErr_SetString(PyExc_TypeError, "register() takes at least 1 argument (0 given)");
        return NULL;
    }
    PyObject *func = PyTuple_GET_ITEM(args, 0);
    if (!PyCallable_Check(func)) {
        PyErr_SetString(PyExc_TypeError, "the first argument must be callable");
        return NULL;
    }
    if (callbacks.n == callbacks.cap) {
        Py_ssize_t cap = callbacks.cap ? callbacks.cap * 2 : 8;
        Callback *items = PyMem_Realloc(callbacks.items, (size_t)cap * sizeof(Callback));
        if (items == NULL)
            return PyErr_NoMemory();
        callbacks.items = items;
        callbacks.cap = cap;
    }
    PyObject *rest = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    if (rest == NULL)
        return NULL;
    Callback *cb = &callbacks.items[callbacks.n++];
    cb->func = Py_NewRef(func);
    cb->args = rest;
    cb->kwargs = kwargs != NULL && PyDict_GET_SIZE(kwargs) > 0 ? PyDict_Copy(kwargs) : NULL;
    if (kwargs != NULL && PyDict_GET_SIZE(kwargs) > 0 && cb->kwargs == NULL) {
        callbacks.n--;
        callback_clear(cb);
        return NULL;
    }
    return Py_NewRef(func);
}

// atexit.unregister(func): forget every registration of func (compared with ==).
static PyObject *
atexit_unregister(PyObject *self, PyObject *func)
{
    for (Py_ssize_t i = 0; i < callbacks.n; i++) {
        Callback *cb = &callbacks.items[i];
        if (cb->func == NULL)
            continue;
        PyObject *registered = Py_NewRef(cb->func);
        int eq = PyObject_RichCompareBool(registered, func, Py_EQ);
        Py_DECREF(registered);
        if (eq < 0)
            return NULL;
        if (eq)
            callback_clear(&callbacks.items[i]); // the comparison may have moved the array
    }
    Py_RETURN_NONE;
}

static PyObject *
atexit_run_exitfuncs(PyObject *self, PyObject *unused)
{
    mod_atexit_call();
    Py_RETURN_NONE;
}

static PyObject *
atexit_clear(PyObject *self, PyObject *unused)
{
    clear_all();
    Py_RETURN_NONE;
}

static PyObject *
atexit_ncallbacks(PyObject *self, PyObject *unused)
{
    return PyLong_FromSsize_t(callbacks.n);
}

static PyMethodDef atexit_methods[] = {
    {"register", (PyCFunction)(void (*)(void))atexit_register, METH_VARARGS | METH_KEYWORDS,
     "register($module, func, /, *args, **kwargs)\n--\n\nRegister a function to be executed "
     "upon normal program termination\n\n    func - function to be called at exit\n    args - "
     "optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to "
     "func\n\n    func is returned to facilitate usage as a decorator."},
    {"unregister", atexit_unregister, METH_O,
     "unregister($module, func, /)\n--\n\nUnregister an exit function which was previously "
     "registered using\natexit.register\n\n    func - function to be unregistered"},
    {"_run_exitfuncs", atexit_run_exitfuncs, METH_NOARGS,
     "_run_exitfuncs($module, /)\n--\n\nRun all registered exit functions.\n\nIf a callback "
     "raises an exception, it is logged with sys.unraisablehook."},
    {"_clear", atexit_clear, METH_NOARGS,
     "_clear($module, /)\n--\n\nClear the list of previously registered exit functions."},
    {"_ncallbacks", atexit_ncallbacks, METH_NOARGS,
     "_ncallbacks($module, /)\n--\n\nReturn the number of registered exit functions."},
    {NULL, NULL, 0, NULL},
};

PyObject *
PyInit_atexit(void)
{
    return rt_module_create("atexit", atexit_methods,
                            "allow programmer to define multiple exit functions to be "
                            "executed\nupon normal program termination.\n\nTwo public functions, "
                            "register and unregister, are defined.\n");
}
