// gcmodule.c: the gc module, the Python face of the cycle collector in runtime/gc.c:
// collect, enable/disable, counts and thresholds, the tracked objects and the references
// between them, callbacks, freeze, statistics.
#include <limits.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/moduleobject.h"
#include "modules/modules.h"

// The module's lists, shared with the collector's hooks (there is one collector).
static PyObject *callbacks; // gc.callbacks
static PyObject *garbage;   // gc.garbage: filled only under DEBUG_SAVEALL (finalizers all run)
static int debug_flags;

enum {
    DEBUG_STATS = 1,
    DEBUG_COLLECTABLE = 2,
    DEBUG_UNCOLLECTABLE = 4,
    DEBUG_SAVEALL = 32,
    DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL,
};

// {"generation": ..., "collected": ..., "uncollectable": 0}-style dicts: n keys and values.
static PyObject *
count_dict(int n, const char *const keys[], const Py_ssize_t values[])
{
    PyObject *d = PyDict_New();
    for (int i = 0; d != NULL && i < n; i++) {
        PyObject *v = PyLong_FromSsize_t(values[i]);
        if (v == NULL || PyDict_SetItemString(d, keys[i], v) < 0)
            Py_CLEAR(d);
        Py_XDECREF(v);
    }
    return d;
}

// A tuple of the three per-generation numbers.
static PyObject *
generation_tuple(const int v[RT_GC_GENERATIONS])
{
    PyObject *t = PyTuple_New(RT_GC_GENERATIONS);
    for (int i = 0; t != NULL && i < RT_GC_GENERATIONS; i++) {
        PyObject *n = PyLong_FromLong(v[i]);
        if (n == NULL)
            Py_CLEAR(t);
        else
            PyTuple_SET_ITEM(t, i, n);
    }
    return t;
}

// ---- callbacks --------------------------------------------------------------------------------

// Call every callback with (phase, info), as CPython does; errors are reported, not raised.
static void
run_callbacks(const char *phase, int generation, Py_ssize_t collected)
{
    if (callbacks == NULL || PyList_GET_SIZE(callbacks) == 0)
        return;
    static const char *const keys[] = {"generation", "collected", "uncollectable"};
    const Py_ssize_t values[] = {generation, collected, 0};
    PyObject *info = count_dict(3, keys, values);
    PyObject *phase_str = PyUnicode_FromString(phase);
    // Callbacks may change the list: iterate over a copy.
    PyObject *copy = PyList_GetSlice(callbacks, 0, PyList_GET_SIZE(callbacks));
    if (info == NULL || phase_str == NULL || copy == NULL) {
        PyErr_WriteUnraisable(NULL);
    } else {
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(copy); i++) {
            PyObject *args[2] = {phase_str, info};
            PyObject *r = rt_call_vector(PyList_GET_ITEM(copy, i), args, 2, NULL);
            if (r == NULL)
                PyErr_WriteUnraisable(PyList_GET_ITEM(copy, i));
            Py_XDECREF(r);
        }
    }
    Py_XDECREF(copy);
    Py_XDECREF(phase_str);
    Py_XDECREF(info);
}

static void
on_start(int generation)
{
    run_callbacks("start", generation, 0);
}

static void
on_stop(int generation, Py_ssize_t collected)
{
    run_callbacks("stop", generation, collected);
}

// ---- the functions ------------------------------------------------------------------------------

// A generation argument: 0, 1 or 2, else -1 with CPython's ValueError.
static int
generation_arg(PyObject *arg)
{
    long gen = PyLong_AsLong(arg);
    if (gen == -1 && PyErr_Occurred())
        return -1;
    if (gen < 0 || gen >= RT_GC_GENERATIONS) {
        PyErr_SetString(PyExc_ValueError, "invalid generation");
        return -1;
    }
    return (int)gen;
}

static PyObject *
gc_collect(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"generation"};
    static const RtArgSpec spec = {"collect", names, 1, 0, 0, 1, 0};
    PyObject *arg[1];
    if (rt_call_unpack(&spec, args, nargs, kwnames, arg) < 0)
        return NULL;
    int gen = RT_GC_GENERATIONS - 1;
    if (arg[0] != NULL && (gen = generation_arg(arg[0])) < 0)
        return NULL;
    return PyLong_FromSsize_t(rt_gc_collect(gen));
}

static PyObject *
gc_enable(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    rt_gc_enable(1);
    Py_RETURN_NONE;
}

static PyObject *
gc_disable(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    rt_gc_enable(0);
    Py_RETURN_NONE;
}

static PyObject *
gc_isenabled(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    return PyBool_FromLong(rt_gc_enable(-1));
}

static PyObject *
gc_get_count(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    int c[RT_GC_GENERATIONS];
    rt_gc_get_counts(c);
    return generation_tuple(c);
}

static PyObject *
gc_get_threshold(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    int t[RT_GC_GENERATIONS];
    rt_gc_get_thresholds(t);
    return generation_tuple(t);
}

static PyObject *
gc_set_threshold(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self;
    if (!rt_call_no_kwnames("set_threshold", kwnames))
        return NULL;
    if (nargs < 1 || nargs > RT_GC_GENERATIONS) {
        PyErr_Format(PyExc_TypeError, "set_threshold() takes at %s %d argument%s (%zd given)",
                     nargs < 1 ? "least" : "most", nargs < 1 ? 1 : RT_GC_GENERATIONS,
                     nargs < 1 ? "" : "s", nargs);
        return NULL;
    }
    int t[RT_GC_GENERATIONS];
    for (Py_ssize_t i = 0; i < nargs; i++) {
        long v = PyLong_AsLong(args[i]);
        if (v == -1 && PyErr_Occurred())
            return NULL;
        if (v > INT_MAX || v < INT_MIN) {
            PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
            return NULL;
        }
        t[i] = (int)v;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        rt_gc_set_threshold((int)i, t[i]);
    Py_RETURN_NONE;
}

static PyObject *
gc_set_debug(PyObject *self, PyObject *flags)
{
    (void)self;
    long v = PyLong_AsLong(flags);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    debug_flags = (int)v;
    rt_gc_set_save_garbage(debug_flags & DEBUG_SAVEALL ? garbage : NULL);
    Py_RETURN_NONE;
}

static PyObject *
gc_get_debug(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    return PyLong_FromLong(debug_flags);
}

static int
append_object(PyObject *op, void *list)
{
    return op == list ? 0 : PyList_Append(list, op);
}

static PyObject *
gc_get_objects(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"generation"};
    static const RtArgSpec spec = {"get_objects", names, 1, 0, 0, 1, 0};
    PyObject *arg[1];
    if (rt_call_unpack(&spec, args, nargs, kwnames, arg) < 0)
        return NULL;
    int gen = -1;
    if (arg[0] != NULL && arg[0] != Py_None) {
        long g = PyLong_AsLong(arg[0]);
        if (g == -1 && PyErr_Occurred())
            return NULL;
        if (g >= RT_GC_GENERATIONS) {
            PyErr_Format(PyExc_ValueError,
                         "generation parameter must be less than the number of available "
                         "generations (%i)",
                         RT_GC_GENERATIONS);
            return NULL;
        }
        if (g < -1) { // -1 is what None means
            PyErr_SetString(PyExc_ValueError, "generation parameter cannot be negative");
            return NULL;
        }
        gen = (int)g;
    }
    PyObject *list = PyList_New(0);
    if (list != NULL && rt_gc_visit_objects(gen, append_object, list) < 0)
        Py_CLEAR(list);
    return list;
}

// ---- references between objects ----------------------------------------------------------------

static int
append_referent(PyObject *op, void *list)
{
    return PyList_Append(list, op);
}

static PyObject *
gc_get_referents(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    PyObject *list = PyList_New(0);
    for (Py_ssize_t i = 0; list != NULL && i < nargs; i++) {
        PyObject *o = args[i];
        traverseproc traverse = Py_TYPE(o)->tp_traverse;
        if (!PyObject_IS_GC(o) || traverse == NULL)
            continue;
        if (traverse(o, append_referent, list) < 0)
            Py_CLEAR(list);
    }
    return list;
}

typedef struct {
    PyObject *const *targets;
    Py_ssize_t ntargets;
} Targets;

static int
refers_to_target(PyObject *op, void *arg)
{
    Targets *t = arg;
    for (Py_ssize_t i = 0; i < t->ntargets; i++)
        if (op == t->targets[i])
            return 1;
    return 0;
}

typedef struct {
    Targets targets;
    PyObject *result;
} Referrers;

static int
collect_referrer(PyObject *op, void *arg)
{
    Referrers *r = arg;
    traverseproc traverse = Py_TYPE(op)->tp_traverse;
    if (op == r->result || traverse == NULL)
        return 0;
    if (traverse(op, refers_to_target, &r->targets) == 1 && PyList_Append(r->result, op) < 0)
        return -1;
    return 0;
}

static PyObject *
gc_get_referrers(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    Referrers r = {{args, nargs}, PyList_New(0)};
    if (r.result != NULL && rt_gc_visit_objects(-1, collect_referrer, &r) < 0)
        Py_CLEAR(r.result);
    return r.result;
}

static PyObject *
gc_is_tracked(PyObject *self, PyObject *obj)
{
    (void)self;
    return PyBool_FromLong(PyObject_GC_IsTracked(obj));
}

static PyObject *
gc_is_finalized(PyObject *self, PyObject *obj)
{
    (void)self;
    return PyBool_FromLong(PyObject_GC_IsFinalized(obj));
}

// ---- freezing and statistics --------------------------------------------------------------------

static PyObject *
gc_freeze(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    rt_gc_freeze();
    Py_RETURN_NONE;
}

static PyObject *
gc_unfreeze(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    rt_gc_unfreeze();
    Py_RETURN_NONE;
}

static PyObject *
gc_get_freeze_count(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    return PyLong_FromSsize_t(rt_gc_freeze_count());
}

static PyObject *
gc_get_stats(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    RtGcStats stats[RT_GC_GENERATIONS];
    rt_gc_get_stats(stats);
    PyObject *list = PyList_New(RT_GC_GENERATIONS);
    for (int i = 0; list != NULL && i < RT_GC_GENERATIONS; i++) {
        static const char *const keys[] = {"collections", "collected", "uncollectable"};
        const Py_ssize_t values[] = {stats[i].collections, stats[i].collected, 0};
        PyObject *d = count_dict(3, keys, values);
        if (d == NULL)
            Py_CLEAR(list);
        else
            PyList_SET_ITEM(list, i, d);
    }
    return list;
}

// ---- the module ---------------------------------------------------------------------------------

#define FASTCALL_KW(name) (PyCFunction)(void (*)(void))(name), METH_FASTCALL | METH_KEYWORDS
#define FASTCALL(name) (PyCFunction)(void (*)(void))(name), METH_FASTCALL

static PyMethodDef gc_methods[] = {
    {"enable", gc_enable, METH_NOARGS, "Enable automatic garbage collection."},
    {"disable", gc_disable, METH_NOARGS, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, METH_NOARGS, "Returns true if automatic garbage collection is enabled."},
    {"collect", FASTCALL_KW(gc_collect), "Run the garbage collector.\n\nWith no arguments, run a "
                                         "full collection.  The optional argument\nmay be an "
                                         "integer specifying which generation to collect.  A "
                                         "ValueError\nis raised if the generation number is "
                                         "invalid.\n\nThe number of unreachable objects is "
                                         "returned."},
    {"get_count", gc_get_count, METH_NOARGS, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, METH_NOARGS, "Return the current collection thresholds."},
    {"set_threshold", FASTCALL_KW(gc_set_threshold),
     "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection "
     "thresholds.  Setting threshold0 to zero disables\ncollection.\n"},
    {"set_debug", gc_set_debug, METH_O, "Set the garbage collection debugging flags."},
    {"get_debug", gc_get_debug, METH_NOARGS, "Get the garbage collection debugging flags."},
    {"get_objects", FASTCALL_KW(gc_get_objects),
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_referrers", FASTCALL(gc_get_referrers),
     "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of "
     "objs."},
    {"get_referents", FASTCALL(gc_get_referents),
     "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to "
     "by objs."},
    {"is_tracked", gc_is_tracked, METH_O, "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, METH_O, "Returns true if the object has been already finalized by the GC."},
    {"freeze", gc_freeze, METH_NOARGS, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, METH_NOARGS, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, METH_NOARGS, "Return the number of objects in the permanent generation."},
    {"get_stats", gc_get_stats, METH_NOARGS, "Return a list of dictionaries containing per-generation statistics."},
    {NULL, NULL, 0, NULL},
};

PyObject *
PyInit_gc(void)
{
    PyObject *m = rt_module_create("gc", gc_methods,
                                   "This module provides access to the garbage collector for "
                                   "reference cycles.");
    if (m == NULL)
        return NULL;
    if (callbacks == NULL && ((callbacks = PyList_New(0)) == NULL || (garbage = PyList_New(0)) == NULL))
        goto fail;
    if (PyModule_AddObjectRef(m, "callbacks", callbacks) < 0 ||
        PyModule_AddObjectRef(m, "garbage", garbage) < 0 ||
        PyModule_AddIntConstant(m, "DEBUG_STATS", DEBUG_STATS) < 0 ||
        PyModule_AddIntConstant(m, "DEBUG_COLLECTABLE", DEBUG_COLLECTABLE) < 0 ||
        PyModule_AddIntConstant(m, "DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE) < 0 ||
        PyModule_AddIntConstant(m, "DEBUG_SAVEALL", DEBUG_SAVEALL) < 0 ||
        PyModule_AddIntConstant(m, "DEBUG_LEAK", DEBUG_LEAK) < 0)
        goto fail;
    static const RtGcHooks hooks = {on_start, on_stop};
    rt_gc_set_hooks(&hooks);
    return m;
fail:
    Py_DECREF(m);
    return NULL;
}
