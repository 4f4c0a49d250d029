// vm_testing.h: helpers of the vm and modules suites: runtime + VM set-up, either with a small
// builtins namespace of their own (the exception classes, the core types, len/repr/iter) so
// the interpreter can be tested without the builtins module, or with the real builtins module
// and expressions checked against CPython's reprs; and running source through the frontend.
// Include after <cmocka.h>.
#ifndef KRAIT_TESTS_VM_TESTING_H
#define KRAIT_TESTS_VM_TESTING_H

#include <stdarg.h>
#include <stdio.h>
#include "frontend/compile.h"
#include "runtime/objects/methodobject.h"
#include "tests/unit/testing.h"
#include "vm/builtins.h"
#include "vm/vm.h"

static PyObject *vm_test_builtins;

static inline PyObject *
vm_test_len(PyObject *self, PyObject *o)
{
    Py_ssize_t n = PyObject_Size(o);
    return n < 0 ? NULL : PyLong_FromSsize_t(n);
}

static inline PyObject *
vm_test_repr(PyObject *self, PyObject *o)
{
    return PyObject_Repr(o);
}

static inline PyObject *
vm_test_iter(PyObject *self, PyObject *o)
{
    return PyObject_GetIter(o);
}

static inline PyObject *
vm_test_locals(PyObject *self, PyObject *unused)
{
    return vm_eval_get_locals();
}

// A stand-in for __build_class__(func, name, *bases): runs the class body in a fresh
// namespace and returns the namespace (with the body's result as '__result__'), so class
// bodies can be tested without the type machinery.
static inline PyObject *
vm_test_build_class(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *ns = PyDict_New();
    if (ns == NULL)
        return NULL;
    PyObject *r = vm_run_class_body(args[0], ns);
    if (r == NULL || PyDict_SetItemString(ns, "__result__", r) < 0) {
        Py_XDECREF(r);
        Py_DECREF(ns);
        return NULL;
    }
    Py_DECREF(r);
    return ns;
}

static PyMethodDef vm_test_functions[] = {
    {"len", vm_test_len, METH_O, NULL},
    {"repr", vm_test_repr, METH_O, NULL},
    {"iter", vm_test_iter, METH_O, NULL},
    {"locals", vm_test_locals, METH_NOARGS, NULL},
    {"__build_class__", (PyCFunction)(void (*)(void))vm_test_build_class, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static inline int
vm_test_setup(void **state)
{
    if (rt_runtime_init() < 0 || vm_init() < 0)
        return -1;
    PyObject *b = PyDict_New();
    if (b == NULL)
        return -1;
#define EXC(name, base, layout, doc) PyDict_SetItemString(b, #name, PyExc_##name);
#include "runtime/objects/exc.def"
#undef EXC
    PyDict_SetItemString(b, "int", (PyObject *)&PyLong_Type);
    PyDict_SetItemString(b, "float", (PyObject *)&PyFloat_Type);
    PyDict_SetItemString(b, "str", (PyObject *)&PyUnicode_Type);
    PyDict_SetItemString(b, "bool", (PyObject *)&PyBool_Type);
    PyDict_SetItemString(b, "list", (PyObject *)&PyList_Type);
    PyDict_SetItemString(b, "tuple", (PyObject *)&PyTuple_Type);
    PyDict_SetItemString(b, "dict", (PyObject *)&PyDict_Type);
    PyDict_SetItemString(b, "set", (PyObject *)&PySet_Type);
    PyDict_SetItemString(b, "object", (PyObject *)&PyBaseObject_Type);
    PyDict_SetItemString(b, "type", (PyObject *)&PyType_Type);
    for (PyMethodDef *m = vm_test_functions; m->ml_name != NULL; m++) {
        PyObject *f = PyCFunction_New(m, NULL);
        if (f == NULL || PyDict_SetItemString(b, m->ml_name, f) < 0)
            return -1;
        Py_DECREF(f);
    }
    vm_test_builtins = b;
    return 0;
}

static inline int
vm_test_teardown(void **state)
{
    Py_CLEAR(vm_test_builtins);
    vm_fini();
    rt_runtime_fini();
    return 0;
}

// A fresh module namespace: __name__ = '__main__', __builtins__ = the test builtins.
static inline PyObject *
test_globals(void)
{
    PyObject *g = PyDict_New();
    PyObject *name = PyUnicode_FromString("__main__");
    PyDict_SetItemString(g, "__name__", name);
    PyDict_SetItemString(g, "__builtins__", vm_test_builtins);
    Py_DECREF(name);
    return g;
}

// Compile src as a module named filename and run it in globals: the module's result (None)
// or NULL with the exception set.
static inline PyObject *
run_source(const char *src, const char *filename, PyObject *globals)
{
    PyCodeObject *co = fe_compile_source(src, (Py_ssize_t)strlen(src), filename, MOD_MODULE);
    if (co == NULL)
        return NULL;
    PyObject *r = vm_eval_code(co, globals, NULL);
    Py_DECREF(co);
    return r;
}

// ---- suites that evaluate with the real builtins module --------------------------------------

// The module namespace those suites evaluate in: __builtins__ plus what their setup binds.
static PyObject *vm_test_globals;

// Start the runtime and the VM and create vm_test_globals with __builtins__ bound to the
// builtins module: 0, or -1. A suite's group setup calls it, then binds its module(s).
static inline int
vm_test_builtins_setup(void)
{
    if (rt_runtime_init() < 0 || vm_init() < 0)
        return -1;
    vm_test_globals = PyDict_New();
    if (vm_test_globals == NULL ||
        PyDict_SetItemString(vm_test_globals, "__builtins__", vm_builtins_module()) < 0)
        return -1;
    return 0;
}

// Group teardown of vm_test_builtins_setup.
static inline int
vm_test_builtins_teardown(void **state)
{
    (void)state;
    PyDict_Clear(vm_test_globals);
    Py_CLEAR(vm_test_globals);
    vm_builtins_fini();
    vm_fini();
    rt_runtime_fini();
    return 0;
}

// "Type: message" of the pending exception (cleared), into buf.
static inline void
vm_test_describe_error(char *buf, size_t size)
{
    PyObject *exc = PyErr_GetRaisedException();
    assert_non_null(exc);
    PyObject *msg = PyObject_Str(exc);
    snprintf(buf, size, "%s: %s", rt_type_name(Py_TYPE(exc)), msg ? PyUnicode_AsUTF8(msg) : "?");
    Py_XDECREF(msg);
    Py_DECREF(exc);
}

// repr(eval(expr)) in vm_test_globals, or "Type: message" of the exception it raised, into buf.
static inline void
vm_test_evaluate(const char *expr, char *buf, size_t size)
{
    PyCodeObject *co = fe_compile_source(expr, (Py_ssize_t)strlen(expr), "<test>", MOD_EXPRESSION);
    PyObject *r = co ? vm_eval_code(co, vm_test_globals, vm_test_globals) : NULL;
    Py_XDECREF(co);
    PyObject *text = r ? PyObject_Repr(r) : NULL;
    Py_XDECREF(r);
    if (text == NULL) {
        vm_test_describe_error(buf, size);
        return;
    }
    snprintf(buf, size, "%s", PyUnicode_AsUTF8(text));
    Py_DECREF(text);
}

// Run statements in vm_test_globals: 0, or -1 with the error described in buf.
static inline int
vm_test_execute(const char *src, char *buf, size_t size)
{
    PyCodeObject *co = fe_compile_source(src, (Py_ssize_t)strlen(src), "<test>", MOD_MODULE);
    PyObject *r = co ? vm_eval_code(co, vm_test_globals, vm_test_globals) : NULL;
    Py_XDECREF(co);
    if (r == NULL) {
        vm_test_describe_error(buf, size);
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

// An expression and what CPython 3.11 prints for it: its repr, or "Type: message".
typedef struct {
    const char *expr, *expected;
} VmTestCase;

// Evaluate every case, print each mismatch, and fail at the end if there was any (so one
// run reports all of them).
static inline void
vm_test_check_cases(const VmTestCase *cases, size_t n, const char *file, int line)
{
    int failures = 0;
    for (size_t i = 0; i < n; i++) {
        char got[2048];
        vm_test_evaluate(cases[i].expr, got, sizeof got);
        if (strcmp(got, cases[i].expected) != 0) {
            print_error("%s: got '%s', expected '%s'\n", cases[i].expr, got, cases[i].expected);
            failures++;
        }
    }
    _assert_int_equal(failures, 0, file, line);
}

#define assert_cases_match(cases) \
    vm_test_check_cases((cases), sizeof(cases) / sizeof((cases)[0]), __FILE__, __LINE__)

#endif
