// gil.h: the global interpreter lock (gil.c). One thread at a time runs Python code or
// touches objects; a thread that has waited a whole switch interval asks the holder to drop
// the lock through the eval breaker, and the holder then waits until the waiter has it
// (forced switching), so CPU-bound threads take turns. Blocking calls release the lock with
// Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS. Thread creation is modules/threadmodule.c's.
#ifndef KRAIT_RUNTIME_GIL_H
#define KRAIT_RUNTIME_GIL_H

#include <signal.h>
#include "runtime/state.h"

// Tell the runtime which word is the eval breaker the interpreter polls (a waiting thread
// and signal handlers set it). Called before rt_gil_create and before signals are handled.
void rt_gil_bind_breaker(volatile int *eval_breaker);

// Create the GIL, held by the calling thread, on first use (the first start_new_thread, as
// CPython 3.11 does: with one thread the lock costs nothing). Idempotent.
void rt_gil_create(void);

// True once rt_gil_create has run.
int rt_gil_created(void);

// Release the GIL around a blocking call: returns the calling thread's state for
// PyEval_RestoreThread. No Python objects may be touched until then.
RtThreadState *PyEval_SaveThread(void);

// Take the GIL back after PyEval_SaveThread (blocks until it is free).
void PyEval_RestoreThread(RtThreadState *ts);

#define Py_BEGIN_ALLOW_THREADS                                                                     \
    {                                                                                              \
        RtThreadState *_save = PyEval_SaveThread();
#define Py_END_ALLOW_THREADS                                                                       \
    PyEval_RestoreThread(_save);                                                               \
    }

typedef enum { PyGILState_LOCKED, PyGILState_UNLOCKED } PyGILState_STATE;

// Make sure the calling thread holds the GIL (a thread Krait did not start gets a thread
// state first, deleted by its outermost Release). Returns what PyGILState_Release needs.
// Code that lets foreign threads call in (ctypes callbacks) calls rt_gil_create first.
PyGILState_STATE PyGILState_Ensure(void);

// Undo the matching PyGILState_Ensure.
void PyGILState_Release(PyGILState_STATE state);

// Take the GIL for a thread that starts running Python (its state bound already).
void rt_gil_acquire(void);

// Release the GIL for good: the calling thread is about to exit.
void rt_gil_release(void);

// The switch interval in seconds (sys.getswitchinterval).
double rt_gil_get_switch_interval(void);

// Set the switch interval (sys.setswitchinterval); interval > 0, checked by the caller.
void rt_gil_set_switch_interval(double seconds);

// Serve the eval breaker (vm_handle_eval_breaker calls it after clearing the word): hand the
// GIL to a thread that asked for it, then, in the main thread, run pending signal handlers.
// 0, or -1 with the exception a handler raised.
int rt_eval_breaker_serve(void);

// Set from C signal handlers and _thread.interrupt_main (async-signal-safe): Python-level
// handlers are due in the main thread at its next eval-breaker check.
extern volatile sig_atomic_t rt_signals_pending;

// Install the function that runs the due Python signal handlers (the signal module's);
// it returns 0, or -1 with an exception set, and clears rt_signals_pending itself.
void rt_gil_set_signal_runner(int (*run)(void));

// Mark signals pending and poke the eval breaker (async-signal-safe).
void rt_signals_trip(void);

// Interpreter shut-down has begun: any thread other than the caller that tries to take the
// GIL from now on blocks forever (daemon threads never touch freed state).
void rt_gil_begin_finalization(void);

#endif
