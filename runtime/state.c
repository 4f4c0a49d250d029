// state.c: the thread state, runtime start-up and shut-down, and the C recursion guard.
// The GIL and thread creation come with the threads issue.
#include <stdio.h>
#include <stdlib.h>
#include "runtime/runtime.h"

static RtThreadState main_thread_state = {.recursion_limit = 1000};
static _Thread_local RtThreadState *current_tstate = &main_thread_state;
static int runtime_ready;

RtThreadState *
rt_tstate(void)
{
    return current_tstate;
}

_Noreturn void
Py_FatalError(const char *msg)
{
    fflush(stdout);
    fprintf(stderr, "Fatal Python error: %s\n", msg);
    fflush(stderr);
    abort();
}

// Every static type of the runtime, readied at start-up in this order (bases first).
static PyTypeObject *const static_types[] = {
    &PyBaseObject_Type,
    &PyType_Type,
    &PyNone_Type,
    &PyNotImplemented_Type,
    &PyEllipsis_Type,
    &PyLong_Type,
    &PyBool_Type,
    &PyFloat_Type,
    &PyUnicode_Type,
    &rt_str_iterator_type,
    &PyBytes_Type,
    &rt_bytes_iterator_type,
    &PyTuple_Type,
    &rt_tuple_iterator_type,
    &PyList_Type,
    &rt_list_iterator_type,
    &rt_list_reverse_iterator_type,
    &PyDict_Type,
    &rt_dict_keys_type,
    &rt_dict_values_type,
    &rt_dict_items_type,
    &rt_dict_keyiterator_type,
    &rt_dict_valueiterator_type,
    &rt_dict_itemiterator_type,
    &rt_dict_reversekeyiterator_type,
    &rt_dict_reversevalueiterator_type,
    &rt_dict_reverseitemiterator_type,
    &PySet_Type,
    &PyFrozenSet_Type,
    &rt_set_iterator_type,
    &PySlice_Type,
    &PySeqIter_Type,
};

int
rt_runtime_init(void)
{
    if (runtime_ready)
        return 0;
    for (size_t i = 0; i < sizeof static_types / sizeof static_types[0]; i++) {
        if (PyType_Ready(static_types[i]) < 0) {
            fprintf(stderr, "krait: cannot initialize type %s\n", static_types[i]->tp_name);
            return -1;
        }
    }
    if (rt_exc_init() < 0) {
        fprintf(stderr, "krait: cannot initialize the exception types\n");
        return -1;
    }
    runtime_ready = 1;
    return 0;
}

void
rt_runtime_fini(void)
{
    if (!runtime_ready)
        return;
    RtThreadState *ts = rt_tstate();
    Py_CLEAR(ts->current_exception);
    Py_CLEAR(ts->repr_stack);
    rt_tuple_fini();
    rt_list_fini();
    rt_float_fini();
    rt_str_fini();
    runtime_ready = 0;
}

int
Py_EnterRecursiveCall(const char *where)
{
    RtThreadState *ts = rt_tstate();
    if (++ts->recursion_depth <= ts->recursion_limit)
        return 0;
    if (ts->recursion_headroom) {
        // Raising the RecursionError itself calls code that recurses a little further.
        if (ts->recursion_depth > ts->recursion_limit + 50)
            Py_FatalError("Cannot recover from stack overflow.");
        return 0;
    }
    ts->recursion_headroom = 1;
    PyErr_Format(PyExc_RecursionError, "maximum recursion depth exceeded%s", where);
    ts->recursion_headroom = 0;
    ts->recursion_depth--;
    return -1;
}

void
Py_LeaveRecursiveCall(void)
{
    rt_tstate()->recursion_depth--;
}
