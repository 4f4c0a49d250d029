// threadmodule.c: the _thread module: real OS threads (pthreads) sharing the interpreter
// under the GIL (runtime/gil.c). A new thread gets its own runtime and frame-stack states,
// takes the GIL, runs its function and frees its states. The lock types are in
// thread_lock.c, thread-local objects in thread_local.c; `threading` is lib/threading.py.
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "modules/modules.h"
#include "modules/thread_internal.h"
#include "runtime/call.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/structseq.h"
#include "vm/builtins.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/vm.h"

static long running_threads;        // started by start_new_thread and not finished (_count)
static size_t new_stack_size;       // stack_size(); 0 means the system default
static _Thread_local RtLockObject *sentinel; // _set_sentinel's lock, released at exit

typedef struct {
    PyObject *func, *args, *kwargs; // strong references, dropped by the new thread
    RtThreadState *ts;
} Bootstate;

// Report what a thread's function raised: SystemExit ends the thread silently; anything
// else is CPython's "Exception ignored in thread started by: <func>" and the traceback.
static void
report_thread_exception(PyObject *func)
{
    if (PyErr_ExceptionMatches(PyExc_SystemExit)) {
        PyErr_Clear();
        return;
    }
    vm_sys_flush_std();
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *r = PyObject_Repr(func);
    fflush(stdout);
    fprintf(stderr, "Exception ignored in thread started by: %s\n",
            r != NULL ? PyUnicode_AsUTF8(r) : "<object repr() failed>");
    PyErr_Clear();
    Py_XDECREF(r);
    PyErr_SetRaisedException(exc);
    PyErr_WriteUnraisable(NULL);
}

// Everything the finishing thread owns goes, in an order where each step may still run
// Python code (finalizers) with a valid state; then the GIL is released for good.
static void
finish_thread(RtThreadState *ts)
{
    if (sentinel != NULL) {
        if (sentinel->locked)
            rt_lock_release_raw(sentinel);
        Py_CLEAR(sentinel);
    }
    rt_local_thread_exit();
    vm_tstate_fini(vm_tstate());
    running_threads--;
    rt_state_delete(ts);
    rt_gil_release();
}

static void *
thread_main(void *arg)
{
    Bootstate *boot = arg;
    RtThreadState *ts = boot->ts;
    rt_state_bind(ts);
    rt_gil_acquire();
    PyObject *r = PyObject_Call(boot->func, boot->args, boot->kwargs);
    if (r == NULL)
        report_thread_exception(boot->func);
    Py_XDECREF(r);
    Py_DECREF(boot->func);
    Py_DECREF(boot->args);
    Py_XDECREF(boot->kwargs);
    free(boot);
    finish_thread(ts);
    return NULL;
}

// Start a detached pthread running boot; its ident, or 0 with errno set.
static unsigned long
spawn(Bootstate *boot)
{
    pthread_attr_t attr;
    pthread_t tid;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (new_stack_size != 0)
        pthread_attr_setstacksize(&attr, new_stack_size);
    int err = pthread_create(&tid, &attr, thread_main, boot);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        errno = err;
        return 0;
    }
    return (unsigned long)tid;
}

static PyObject *
thread_start_new_thread(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (!rt_call_check_positional("start_new_thread", nargs, 2, 3))
        return NULL;
    PyObject *kwargs = nargs > 2 ? args[2] : NULL;
    if (!PyCallable_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "first arg must be callable");
        return NULL;
    }
    if (!PyTuple_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "2nd arg must be a tuple");
        return NULL;
    }
    if (kwargs != NULL && !PyDict_Check(kwargs)) {
        PyErr_SetString(PyExc_TypeError, "optional 3rd arg must be a dictionary");
        return NULL;
    }
    Bootstate *boot = malloc(sizeof *boot);
    RtThreadState *ts = rt_state_new();
    if (boot == NULL || ts == NULL) {
        free(boot);
        free(ts);
        return PyErr_NoMemory();
    }
    *boot = (Bootstate){Py_NewRef(args[0]), Py_NewRef(args[1]), Py_XNewRef(kwargs), ts};
    rt_gil_bind_breaker(&vm_eval_breaker);
    rt_gil_create();
    running_threads++;
    unsigned long ident = spawn(boot);
    if (ident == 0) {
        running_threads--;
        Py_DECREF(boot->func);
        Py_DECREF(boot->args);
        Py_XDECREF(boot->kwargs);
        free(boot);
        free(ts);
        PyErr_SetString(PyExc_RuntimeError, "can't start new thread");
        return NULL;
    }
    return PyLong_FromUnsignedLong(ident);
}

static PyObject *
thread_get_ident(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    return PyLong_FromUnsignedLong(rt_thread_ident());
}

static PyObject *
thread_get_native_id(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    return PyLong_FromLong((long)syscall(SYS_gettid));
}

static PyObject *
thread_count(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    return PyLong_FromLong(running_threads);
}

static PyObject *
thread_allocate_lock(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    return (PyObject *)rt_lock_new();
}

// A new lock that is released (if held) when the calling thread's state is deleted:
// threading acquires it at once, and Thread.join waits on it, so join returns only once the
// thread has let go of everything.
static PyObject *
thread_set_sentinel(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    RtLockObject *lock = rt_lock_new();
    if (lock == NULL)
        return NULL;
    if (sentinel != NULL && sentinel->locked) // a second call replaces the first
        rt_lock_release_raw(sentinel);
    Py_XSETREF(sentinel, (RtLockObject *)Py_NewRef(lock));
    return (PyObject *)lock;
}

// ---- the default threading.excepthook -------------------------------------------------------

static PyStructSequence_Field hook_args_fields[] = {
    {"exc_type", "Exception type"},
    {"exc_value", "Exception value"},
    {"exc_traceback", "Exception traceback"},
    {"thread", "Thread"},
    {NULL, NULL},
};

static PyStructSequence_Desc hook_args_desc = {
    "_thread._ExceptHookArgs", "ExceptHookArgs\n\nType used to pass arguments to "
    "threading.excepthook.", hook_args_fields, 4,
};

static PyTypeObject ExceptHookArgsType;

// Write s to the Python file object `file` (or C stderr when file is NULL or None).
static int
write_text(PyObject *file, const char *s)
{
    if (file == NULL || file == Py_None) {
        fputs(s, stderr);
        return 0;
    }
    PyObject *text = PyUnicode_FromString(s);
    int r = text != NULL ? vm_file_write_string(file, text) : -1;
    Py_XDECREF(text);
    return r;
}

// Write exc's traceback as CPython prints it to `file`: formatted into memory first, since
// the traceback printer writes to a C stream.
static int
write_traceback(PyObject *file, PyObject *exc)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (mem == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    vm_print_exception_to(exc, mem);
    fclose(mem);
    int r = write_text(file, buf);
    free(buf);
    return r;
}

// "Exception in thread NAME:" and the traceback on sys.stderr (the thread's saved stderr
// when sys.stderr is None); SystemExit is ignored silently.
static PyObject *
thread_excepthook(PyObject *self, PyObject *args)
{
    (void)self;
    if (!PyObject_TypeCheck(args, &ExceptHookArgsType)) {
        PyErr_SetString(PyExc_TypeError, "_thread._excepthook argument type must be "
                                         "ExceptHookArgs");
        return NULL;
    }
    PyObject *exc_type = PyStructSequence_GetItem(args, 0);
    PyObject *exc_value = PyStructSequence_GetItem(args, 1);
    PyObject *thread = PyStructSequence_GetItem(args, 3);
    if (exc_type == PyExc_SystemExit)
        Py_RETURN_NONE;
    PyObject *file = vm_sys_get("stderr");
    PyObject *owned = NULL;
    if ((file == NULL || file == Py_None) && thread != Py_None) {
        file = owned = PyObject_GetAttrString(thread, "_stderr");
        if (file == NULL)
            return NULL;
        if (file == Py_None) {
            Py_DECREF(file);
            Py_RETURN_NONE;
        }
    }
    PyObject *name = thread != Py_None ? PyObject_GetAttrString(thread, "name") : NULL;
    if (name == NULL && thread != Py_None)
        PyErr_Clear();
    PyObject *label = name != NULL ? PyObject_Str(name)
                                   : PyUnicode_FromFormat("%lu", rt_thread_ident());
    Py_XDECREF(name);
    PyObject *line = label != NULL ? PyUnicode_FromFormat("Exception in thread %U:\n", label)
                                   : NULL;
    Py_XDECREF(label);
    int r = line != NULL ? vm_file_write_string(file, line) : -1;
    Py_XDECREF(line);
    vm_sys_flush_std();
    if (r == 0 && PyExceptionInstance_Check(exc_value))
        r = write_traceback(file, exc_value);
    vm_sys_flush_std();
    Py_XDECREF(owned);
    if (r < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
thread_stack_size(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (!rt_call_check_positional("stack_size", nargs, 0, 1))
        return NULL;
    size_t old = new_stack_size;
    if (nargs == 1) {
        Py_ssize_t size = PyLong_AsSsize_t(args[0]);
        if (size == -1 && PyErr_Occurred())
            return NULL;
        if (size != 0 && size < 32768) {
            PyErr_Format(PyExc_ValueError, "size not valid: %zd bytes", size);
            return NULL;
        }
        new_stack_size = (size_t)size;
    }
    return PyLong_FromSize_t(old);
}

static PyObject *
thread_interrupt_main(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                      PyObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"signum"};
    static const RtArgSpec spec = {"interrupt_main", names, 1, 0, 0, 1, 0};
    PyObject *arg[1];
    if (rt_call_unpack(&spec, args, nargs, kwnames, arg) < 0)
        return NULL;
    int signum = SIGINT;
    if (arg[0] != NULL) {
        long v = PyLong_AsLong(arg[0]);
        if (v == -1 && PyErr_Occurred())
            return NULL;
        signum = (int)v;
    }
    if (PyErr_SetInterruptEx(signum) < 0) {
        PyErr_SetString(PyExc_ValueError, "signal number out of range");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
thread_exit(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    PyErr_SetNone(PyExc_SystemExit);
    return NULL;
}

static PyObject *
thread_daemon_threads_allowed(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    Py_RETURN_TRUE;
}

#define FASTCALL(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL
#define FASTCALL_KW(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL | METH_KEYWORDS

static PyMethodDef thread_methods[] = {
    {"start_new_thread", FASTCALL(thread_start_new_thread),
     "Start a new thread and return its identifier."},
    {"start_new", FASTCALL(thread_start_new_thread), "An obsolete synonym of start_new_thread()."},
    {"get_ident", thread_get_ident, METH_NOARGS, "Return a non-zero integer that uniquely "
     "identifies the current thread amongst other threads that exist simultaneously."},
    {"get_native_id", thread_get_native_id, METH_NOARGS,
     "Return a non-negative integer identifying the thread as reported by the OS."},
    {"_count", thread_count, METH_NOARGS, "Return the number of currently running Python "
     "threads, excluding the main thread."},
    {"allocate_lock", thread_allocate_lock, METH_NOARGS, "Create a new lock object."},
    {"allocate", thread_allocate_lock, METH_NOARGS, "An obsolete synonym of allocate_lock()."},
    {"_set_sentinel", thread_set_sentinel, METH_NOARGS,
     "Set a sentinel lock that will be released when the current thread state is finalized."},
    {"stack_size", FASTCALL(thread_stack_size), "Return the thread stack size used when "
     "creating new threads; with an argument, set it."},
    {"interrupt_main", FASTCALL_KW(thread_interrupt_main),
     "Simulate the arrival of the given signal in the main thread."},
    {"exit", thread_exit, METH_NOARGS, "Raise SystemExit: end the thread silently."},
    {"exit_thread", thread_exit, METH_NOARGS, "An obsolete synonym of exit()."},
    {"_excepthook", thread_excepthook, METH_O, "Handle uncaught Thread.run() exception."},
    {"daemon_threads_allowed", thread_daemon_threads_allowed, METH_NOARGS,
     "Return True if daemon threads are allowed in the current interpreter."},
    {NULL, NULL, 0, NULL},
};

PyObject *
PyInit__thread(void)
{
    PyTypeObject *types[] = {&rt_lock_type, &rt_rlock_type, &rt_local_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (PyType_Ready(types[i]) < 0)
            return NULL;
    if (!PyType_HasFeature(&ExceptHookArgsType, Py_TPFLAGS_READY)) {
        ExceptHookArgsType.tp_new = rt_structseq_new;
        if (PyStructSequence_InitType2(&ExceptHookArgsType, &hook_args_desc) < 0)
            return NULL;
    }
    PyObject *m = rt_module_create("_thread", thread_methods,
                                   "This module provides primitive operations to write "
                                   "multi-threaded programs.\nThe 'threading' module provides "
                                   "a more convenient interface.");
    if (m == NULL)
        return NULL;
    PyObject *timeout_max = PyFloat_FromDouble(9223372036.0);
    if (timeout_max == NULL || PyModule_AddObjectRef(m, "TIMEOUT_MAX", timeout_max) < 0 ||
        PyModule_AddObjectRef(m, "LockType", (PyObject *)&rt_lock_type) < 0 ||
        PyModule_AddObjectRef(m, "RLock", (PyObject *)&rt_rlock_type) < 0 ||
        PyModule_AddObjectRef(m, "_local", (PyObject *)&rt_local_type) < 0 ||
        PyModule_AddObjectRef(m, "_ExceptHookArgs", (PyObject *)&ExceptHookArgsType) < 0 ||
        PyModule_AddObjectRef(m, "error", PyExc_RuntimeError) < 0) {
        Py_XDECREF(timeout_max);
        Py_DECREF(m);
        return NULL;
    }
    Py_DECREF(timeout_max);
    return m;
}

void
mod_threading_shutdown(void)
{
    PyObject *modules = vm_sys_get("modules");
    PyObject *threading =
        modules != NULL && PyDict_Check(modules) ? PyDict_GetItemString(modules, "threading")
                                                 : NULL;
    if (threading != NULL) {
        Py_INCREF(threading);
        PyObject *name = PyUnicode_FromString("_shutdown");
        PyObject *r = name != NULL ? PyObject_CallMethodNoArgs(threading, name) : NULL;
        Py_XDECREF(name);
        if (r == NULL)
            PyErr_WriteUnraisable(NULL);
        Py_XDECREF(r);
        Py_DECREF(threading);
    }
    Py_CLEAR(sentinel); // the main thread's
    if (rt_gil_created())
        rt_gil_begin_finalization();
}
