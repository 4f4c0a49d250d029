// state.c: the thread state, runtime start-up and shut-down, the C recursion guard and the
// C stack limit. The GIL is gil.c's and thread creation modules/threadmodule.c's; the
// trashcan's deferred deallocation is in trashcan.c.
#define _GNU_SOURCE // pthread_getattr_np
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include "runtime/runtime.h"

static RtThreadState main_thread_state = {
    .recursion_limit = 1000,
    .exc_info = &main_thread_state.exc_state,
};
static _Thread_local RtThreadState *current_tstate = &main_thread_state;
static _Thread_local int tstate_bound; // the main thread's is set by rt_runtime_init
static int runtime_ready;

RtThreadState *
rt_tstate(void)
{
    return current_tstate;
}

RtThreadState *
rt_state_new(void)
{
    RtThreadState *ts = calloc(1, sizeof *ts);
    if (ts == NULL)
        return NULL;
    ts->recursion_limit = main_thread_state.recursion_limit;
    ts->exc_info = &ts->exc_state;
    return ts;
}

int
rt_state_bind(RtThreadState *ts)
{
    if (ts == NULL)
        return -1;
    current_tstate = ts;
    tstate_bound = 1;
    rt_state_init_c_stack(ts);
    return 0;
}

int
rt_state_is_bound(void)
{
    return tstate_bound;
}

int
rt_state_is_main(RtThreadState *ts)
{
    return ts == &main_thread_state;
}

void
rt_state_delete(RtThreadState *ts)
{
    Py_CLEAR(ts->current_exception);
    Py_CLEAR(ts->repr_stack);
    Py_CLEAR(ts->exc_state.exc_value);
    if (ts == current_tstate) {
        // Back to what a fresh thread sees, so nothing dangles (PyGILState_Ensure rebinds).
        current_tstate = &main_thread_state;
        tstate_bound = 0;
    }
    free(ts);
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
    &rt_weakref_ref_type,
    &rt_weakref_proxy_type,
    &rt_weakref_callable_proxy_type,
    &PyMethodDescr_Type,
    &PyClassMethodDescr_Type,
    &PyMemberDescr_Type,
    &PyGetSetDescr_Type,
    &PyWrapperDescr_Type,
    &rt_method_wrapper_type,
    &PyCFunction_Type,
    &PyModule_Type,
    &PyDictProxy_Type,
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
    &PyByteArray_Type,
    &rt_bytearray_iterator_type,
    &rt_managed_buffer_type,
    &PyMemoryView_Type,
    &rt_memory_iterator_type,
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
    &PyComplex_Type,
    &PyRange_Type,
    &PyRangeIter_Type,
    &PyLongRangeIter_Type,
    &PyEnum_Type,
    &PyReversed_Type,
    &Py_GenericAliasType,
    &PyNamespace_Type,
    &PyCode_Type,
    &PyFunction_Type,
    &PyCell_Type,
    &PyMethod_Type,
    &PyProperty_Type,
    &PyClassMethod_Type,
    &PyStaticMethod_Type,
    &PySuper_Type,
    &PySeqIter_Type,
};

int
rt_runtime_init(void)
{
    if (runtime_ready)
        return 0;
    rt_gc_init();
    for (size_t i = 0; i < sizeof static_types / sizeof static_types[0]; i++) {
        if (PyType_Ready(static_types[i]) < 0) {
            fprintf(stderr, "krait: cannot initialize type %s\n", static_types[i]->tp_name);
            return -1;
        }
    }
    rt_state_init_c_stack(rt_tstate());
    tstate_bound = 1;
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
    Py_CLEAR(ts->exc_state.exc_value);
    rt_gc_collect(RT_GC_GENERATIONS - 1); // cycles that module teardown left
    rt_tuple_fini();
    rt_list_fini();
    rt_float_fini();
    rt_str_fini();
    rt_type_cache_clear();
    runtime_ready = 0;
}

// Raise the RecursionError of a too deep recursion, with the headroom that raising it needs
// (building the exception recurses a little further itself).
static void
recursion_error(RtThreadState *ts, const char *where)
{
    ts->recursion_headroom = 1;
    PyErr_Format(PyExc_RecursionError, "maximum recursion depth exceeded%s", where);
    ts->recursion_headroom = 0;
}

int
Py_EnterRecursiveCall(const char *where)
{
    RtThreadState *ts = rt_tstate();
    if (++ts->recursion_depth <= ts->recursion_limit && !rt_state_c_stack_low(ts))
        return 0;
    if (ts->recursion_headroom) {
        if (ts->recursion_depth > ts->recursion_limit + 50)
            Py_FatalError("Cannot recover from stack overflow.");
        return 0;
    }
    recursion_error(ts, where);
    ts->recursion_depth--;
    return -1;
}

void
Py_LeaveRecursiveCall(void)
{
    rt_tstate()->recursion_depth--;
}

int
rt_state_check_c_stack(const char *where)
{
    RtThreadState *ts = rt_tstate();
    if (!rt_state_c_stack_low(ts) || ts->recursion_headroom)
        return 0;
    recursion_error(ts, where);
    return -1;
}

// ---- the C stack limit ------------------------------------------------------------------

// The soft RLIMIT_STACK, or 0 when unlimited.
static size_t
stack_rlimit(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        return (size_t)rl.rlim_cur;
    return 0;
}

// The lowest usable address and the size of the calling thread's stack, or 0.
static size_t
thread_stack_bounds(char **low)
{
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return 0;
    int ok = pthread_attr_getstack(&attr, &addr, &size) == 0;
    pthread_attr_destroy(&attr);
    if (!ok)
        return 0;
    *low = addr;
    return size;
}

void
rt_state_init_c_stack(RtThreadState *ts)
{
    // An unlimited stack is trusted for 8 MiB only: the main thread's then reports the
    // whole gap below it, which other mappings may take.
    const size_t fallback = (size_t)8 * 1024 * 1024;
    char *here = __builtin_frame_address(0);
    char *low = NULL;
    size_t size = thread_stack_bounds(&low);
    size_t rlimit = stack_rlimit();
    if (size == 0 || here <= low || here > low + size) {
        // No bounds from pthread: assume the stack began a little above the caller's frame.
        size = rlimit != 0 ? rlimit : fallback;
        low = here - size;
    } else if (rlimit == 0 && size > fallback) {
        low += size - fallback;
        size = fallback;
    }
    // The margin covers the C code that runs between two checks, including raising the
    // RecursionError itself and ASan's larger frames.
    size_t margin = size / 8;
    if (margin < (size_t)256 * 1024)
        margin = (size_t)256 * 1024;
    if (margin > size / 2)
        margin = size / 2;
    ts->c_stack_limit = low + margin;
}

// ---- the exceptions being handled ---------------------------------------------------------

PyObject *
rt_state_handled_exception(RtThreadState *ts)
{
    // Entries of generators that are not handling anything hold NULL or None: skip them.
    RtExcStackItem *item = ts->exc_info;
    while ((item->exc_value == NULL || item->exc_value == Py_None) && item->previous_item != NULL)
        item = item->previous_item;
    PyObject *exc = item->exc_value;
    return exc == Py_None ? NULL : exc;
}
