// modules.h: the modules layer's one public header: the initialization functions of the
// built-in modules written in C (CPython's PyInit_<name> convention). The table that maps
// names to them is the import system's (vm/main.c hands it to vm/import.c).
#ifndef KRAIT_MODULES_H
#define KRAIT_MODULES_H

#include "runtime/runtime.h"

// A new `math` module object (math.c, math_float.c, math_integer.c), or NULL.
PyObject *PyInit_math(void);

// A new `_weakref` module object (weakrefmodule.c), or NULL.
PyObject *PyInit__weakref(void);

// A new `gc` module object (gcmodule.c), or NULL.
PyObject *PyInit_gc(void);

// A new `time` module object (time.c), or NULL.
PyObject *PyInit_time(void);

// A new `atexit` module object (atexitmodule.c), or NULL.
PyObject *PyInit_atexit(void);

// Run the functions registered with atexit, last first, and forget them: at exit, before
// modules are torn down (atexitmodule.c).
void mod_atexit_call(void);

// A new `_thread` module object (threadmodule.c, thread_lock.c, thread_local.c), or NULL.
PyObject *PyInit__thread(void);

// A new `_signal` module object (signalmodule.c), or NULL. Importing it installs the
// SIGINT handler that raises KeyboardInterrupt.
PyObject *PyInit__signal(void);

// Run the Python handlers of signals that arrived, in the main thread (elsewhere, and when
// none is pending, nothing): 0, or -1 with the exception a handler raised.
int PyErr_CheckSignals(void);

// Simulate the arrival of signum for its Python handler (nothing when it is SIG_DFL or
// SIG_IGN): 0, or -1 when signum is out of range. Async-signal-safe.
int PyErr_SetInterruptEx(int signum);

// PyErr_SetInterruptEx(SIGINT).
void PyErr_SetInterrupt(void);

// Release the Python signal handlers (interpreter shut-down).
void mod_signal_fini(void);

// Interpreter shut-down, first step: call threading._shutdown() when threading was imported
// (joins the non-daemon threads), then make any thread still running park forever at its
// next attempt to take the GIL.
void mod_threading_shutdown(void);

#endif
