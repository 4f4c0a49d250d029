// signalmodule.c: the _signal module (lib/signal.py adds the Signals and Handlers enums).
// A C handler only records that a signal arrived and pokes the eval breaker; the Python
// handler runs in the main thread at its next eval-breaker check or when a blocking call
// there is interrupted (PyErr_CheckSignals). SIGINT's default handler raises
// KeyboardInterrupt; the module is loaded at start-up so that works from the first line.
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "modules/modules.h"
#include "runtime/call.h"
#include "runtime/objects/moduleobject.h"
#include "vm/eval.h"
#include "vm/vm.h"

enum { HANDLER_DFL = 0, HANDLER_IGN = 1 }; // _signal.SIG_DFL / SIG_IGN are these ints

static struct {
    volatile sig_atomic_t tripped; // arrived, its Python handler not yet run
    PyObject *func;                // what getsignal returns: a callable, or 0/1; NULL: unknown
} handlers[NSIG];

static PyObject *default_int_handler; // the module's default_int_handler function

static void
c_signal_handler(int signum)
{
    int saved_errno = errno;
    handlers[signum].tripped = 1;
    rt_signals_trip();
    errno = saved_errno;
}

int
PyErr_CheckSignals(void)
{
    if (!rt_signals_pending || !rt_state_is_main(rt_tstate()))
        return 0;
    rt_signals_pending = 0;
    for (int i = 1; i < NSIG; i++) {
        if (!handlers[i].tripped)
            continue;
        handlers[i].tripped = 0;
        PyObject *func = handlers[i].func;
        if (func == NULL || !PyCallable_Check(func))
            continue;
        PyObject *frame = vm_getframe(0);
        if (frame == NULL) {
            PyErr_Clear();
            frame = Py_NewRef(Py_None);
        }
        PyObject *num = PyLong_FromLong(i);
        Py_INCREF(func); // the handler may replace itself with signal.signal()
        PyObject *r = num != NULL ? PyObject_CallFunctionObjArgs(func, num, frame, NULL) : NULL;
        Py_DECREF(func);
        Py_XDECREF(num);
        Py_DECREF(frame);
        if (r == NULL) {
            rt_signals_trip(); // the others still wait for the next check
            return -1;
        }
        Py_DECREF(r);
    }
    return 0;
}

int
PyErr_SetInterruptEx(int signum)
{
    if (signum < 1 || signum >= NSIG)
        return -1;
    PyObject *func = handlers[signum].func;
    if (func == NULL || PyLong_Check(func)) // SIG_DFL and SIG_IGN: not handled by Python
        return 0;
    handlers[signum].tripped = 1;
    rt_signals_trip();
    return 0;
}

void
PyErr_SetInterrupt(void)
{
    PyErr_SetInterruptEx(SIGINT);
}

// The signal number argument: 1..NSIG-1, or -1 with ValueError.
static int
signum_arg(PyObject *o)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < 1 || v >= NSIG) {
        PyErr_SetString(PyExc_ValueError, "signal number out of range");
        return -1;
    }
    return (int)v;
}

// Install the C-level disposition for signum. 0, or -1 with OSError.
static int
install(int signum, void (*disposition)(int))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = disposition;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: blocking calls return EINTR so handlers run (PEP 475)
    if (sigaction(signum, &sa, NULL) != 0) {
        PyErr_SetFromErrno(PyExc_OSError);
        return -1;
    }
    return 0;
}

static PyObject *
signal_signal(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (!rt_call_check_positional("signal", nargs, 2, 2))
        return NULL;
    int signum = signum_arg(args[0]);
    if (signum < 0)
        return NULL;
    PyObject *handler = args[1];
    if (!rt_state_is_main(rt_tstate())) {
        PyErr_SetString(PyExc_ValueError,
                        "signal only works in main thread of the main interpreter");
        return NULL;
    }
    void (*disposition)(int) = c_signal_handler;
    if (PyLong_Check(handler)) {
        long v = PyLong_AsLong(handler);
        if (v != HANDLER_DFL && v != HANDLER_IGN) {
            PyErr_SetString(PyExc_TypeError, "signal handler must be signal.SIG_IGN, "
                                             "signal.SIG_DFL, or a callable object");
            return NULL;
        }
        disposition = v == HANDLER_IGN ? SIG_IGN : SIG_DFL;
        handler = PyLong_FromLong(v); // store the plain int, as getsignal reports it
    } else if (PyCallable_Check(handler)) {
        Py_INCREF(handler);
    } else {
        PyErr_SetString(PyExc_TypeError, "signal handler must be signal.SIG_IGN, "
                                         "signal.SIG_DFL, or a callable object");
        return NULL;
    }
    if (handler == NULL || install(signum, disposition) < 0) {
        Py_XDECREF(handler);
        return NULL;
    }
    PyObject *old = handlers[signum].func;
    handlers[signum].func = handler;
    return old != NULL ? old : Py_NewRef(Py_None);
}

static PyObject *
signal_getsignal(PyObject *self, PyObject *arg)
{
    (void)self;
    int signum = signum_arg(arg);
    if (signum < 0)
        return NULL;
    PyObject *func = handlers[signum].func;
    return Py_NewRef(func != NULL ? func : Py_None);
}

static PyObject *
signal_default_int_handler(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self, (void)args, (void)nargs;
    PyErr_SetNone(PyExc_KeyboardInterrupt);
    return NULL;
}

static PyObject *
signal_raise_signal(PyObject *self, PyObject *arg)
{
    (void)self;
    int signum = signum_arg(arg);
    if (signum < 0)
        return NULL;
    if (raise(signum) != 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    if (PyErr_CheckSignals() < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
signal_alarm(PyObject *self, PyObject *arg)
{
    (void)self;
    long secs = PyLong_AsLong(arg);
    if (secs == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromLong((long)alarm((unsigned)secs));
}

static PyObject *
signal_pause(PyObject *self, PyObject *unused)
{
    (void)self, (void)unused;
    Py_BEGIN_ALLOW_THREADS
    pause();
    Py_END_ALLOW_THREADS
    if (PyErr_CheckSignals() < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
signal_strsignal(PyObject *self, PyObject *arg)
{
    (void)self;
    int signum = signum_arg(arg);
    if (signum < 0)
        return NULL;
    const char *s = strsignal(signum);
    if (s == NULL || strstr(s, "Unknown signal") != NULL || strstr(s, "Real-time") != NULL)
        Py_RETURN_NONE;
    return PyUnicode_FromString(s);
}

#define FASTCALL(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL

static PyMethodDef signal_methods[] = {
    {"signal", FASTCALL(signal_signal), "Set the action for the given signal."},
    {"getsignal", signal_getsignal, METH_O, "Return the current action for the given signal."},
    {"default_int_handler", FASTCALL(signal_default_int_handler),
     "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt."},
    {"raise_signal", signal_raise_signal, METH_O, "Send a signal to the executing process."},
    {"alarm", signal_alarm, METH_O, "Arrange for SIGALRM to arrive after the given number of "
     "seconds."},
    {"pause", signal_pause, METH_NOARGS, "Wait until a signal arrives."},
    {"strsignal", signal_strsignal, METH_O, "Return the system description of the given "
     "signal."},
    {NULL, NULL, 0, NULL},
};

// The signals the module names, as CPython's on Linux.
static const struct {
    const char *name;
    int num;
} signal_names[] = {
    {"SIGHUP", SIGHUP},   {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT},     {"SIGIOT", SIGIOT},   {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE},   {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGCHLD", SIGCHLD}, {"SIGCONT", SIGCONT},     {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP},
    {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},     {"SIGURG", SIGURG},   {"SIGXCPU", SIGXCPU},
    {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH},
    {"SIGIO", SIGIO},     {"SIGPOLL", SIGPOLL},     {"SIGPWR", SIGPWR},   {"SIGSYS", SIGSYS},
    {"SIGCLD", SIGCHLD},  {"SIGSTKFLT", SIGSTKFLT},
};

static int
add_constants(PyObject *m)
{
    for (size_t i = 0; i < sizeof signal_names / sizeof signal_names[0]; i++)
        if (PyModule_AddIntConstant(m, signal_names[i].name, signal_names[i].num) < 0)
            return -1;
    if (PyModule_AddIntConstant(m, "SIG_DFL", HANDLER_DFL) < 0 ||
        PyModule_AddIntConstant(m, "SIG_IGN", HANDLER_IGN) < 0 ||
        PyModule_AddIntConstant(m, "NSIG", NSIG) < 0 ||
        PyModule_AddIntConstant(m, "SIGRTMIN", SIGRTMIN) < 0 ||
        PyModule_AddIntConstant(m, "SIGRTMAX", SIGRTMAX) < 0)
        return -1;
    return 0;
}

// Record every signal's current disposition and make SIGINT raise KeyboardInterrupt
// (unless the process was started with SIGINT ignored, as CPython leaves it then).
static int
init_handlers(void)
{
    for (int i = 1; i < NSIG; i++) {
        struct sigaction sa;
        if (handlers[i].func != NULL || sigaction(i, NULL, &sa) != 0)
            continue;
        long v = sa.sa_handler == SIG_IGN ? HANDLER_IGN : sa.sa_handler == SIG_DFL ? HANDLER_DFL : -1;
        if (v >= 0 && (handlers[i].func = PyLong_FromLong(v)) == NULL)
            return -1;
    }
    PyObject *cur = handlers[SIGINT].func;
    if (cur != NULL && PyLong_Check(cur) && PyLong_AsLong(cur) == HANDLER_DFL) {
        if (install(SIGINT, c_signal_handler) < 0)
            return -1;
        Py_SETREF(handlers[SIGINT].func, Py_NewRef(default_int_handler));
    }
    return 0;
}

PyObject *
PyInit__signal(void)
{
    PyObject *m = rt_module_create("_signal", signal_methods,
                                   "This module provides mechanisms to use signal handlers in "
                                   "Python.");
    if (m == NULL)
        return NULL;
    Py_XSETREF(default_int_handler, PyObject_GetAttrString(m, "default_int_handler"));
    rt_gil_bind_breaker(&vm_eval_breaker);
    rt_gil_set_signal_runner(PyErr_CheckSignals);
    if (default_int_handler == NULL || add_constants(m) < 0 || init_handlers() < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

void
mod_signal_fini(void)
{
    for (int i = 1; i < NSIG; i++)
        Py_CLEAR(handlers[i].func);
    Py_CLEAR(default_int_handler);
}
