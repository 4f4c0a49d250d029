// state.h: per-thread interpreter state. The pending exception lives here; so will the frame
// stack and the GIL bookkeeping when the VM and threads arrive.
#ifndef KRAIT_RUNTIME_STATE_H
#define KRAIT_RUNTIME_STATE_H

#include "runtime/object.h"

typedef struct RtThreadState {
    PyObject *current_exception; // the exception being raised (an instance), or NULL
    PyObject *repr_stack;        // list of objects whose repr is in progress (Py_ReprEnter)
    int recursion_depth;         // C-level recursion of repr, compare, hash ... (RtRecursion)
    int recursion_limit;         // sys.getrecursionlimit()
    int recursion_headroom;      // set while the RecursionError itself is being raised
} RtThreadState;

// The calling thread's state. Never NULL once rt_runtime_init has run on this thread.
RtThreadState *rt_tstate(void);

// Initialize the runtime (ready every built-in type, create the main thread state).
// Returns 0, or -1 if the process cannot even start (message printed to stderr).
int rt_runtime_init(void);

// Release what rt_runtime_init made, so leak checkers see a clean exit.
void rt_runtime_fini(void);

// Enter a nested C-level operation that may recurse without bound (repr of nested lists,
// comparing nested tuples): returns 0, or -1 with RecursionError set when too deep.
// `where` completes CPython's message "maximum recursion depth exceeded<where>".
int Py_EnterRecursiveCall(const char *where);

// Leave what Py_EnterRecursiveCall entered.
void Py_LeaveRecursiveCall(void);

// Print msg and abort: for broken internal invariants only, never for Python errors.
_Noreturn void Py_FatalError(const char *msg);

#endif
