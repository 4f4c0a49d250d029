// state.h: per-thread interpreter state: the pending exception, the exceptions being handled,
// the recursion counters and C stack guard, the trashcan's deferred deallocations. The VM's
// frame stack is in vm/frame.h; the GIL bookkeeping comes with threads.
#ifndef KRAIT_RUNTIME_STATE_H
#define KRAIT_RUNTIME_STATE_H

#include "runtime/object.h"

// One entry of the stack of exceptions being handled (CPython's _PyErr_StackItem): the
// thread has one, and each running generator will push its own (issue 5).
typedef struct RtExcStackItem {
    PyObject *exc_value;                  // the exception an except block handles, NULL or None
    struct RtExcStackItem *previous_item; // the next outer entry, or NULL
} RtExcStackItem;

typedef struct RtThreadState {
    PyObject *current_exception; // the exception being raised (an instance), or NULL
    PyObject *repr_stack;        // list of objects whose repr is in progress (Py_ReprEnter)
    int recursion_depth;         // C-level recursion of repr, compare, hash ... (RtRecursion)
    int recursion_limit;         // sys.getrecursionlimit()
    int recursion_headroom;      // set while the RecursionError itself is being raised
    RtExcStackItem *exc_info;    // innermost entry of the handled-exception stack, never NULL
    RtExcStackItem exc_state;    // the thread's own (outermost) entry of that stack
    char *c_stack_limit;         // below this C stack address, recursion raises RecursionError
    int trash_delete_nesting;    // deallocators running inside each other (trashcan.c)
    PyObject *trash_deferred;    // deallocations deferred by the trashcan, linked by gc_prev
} RtThreadState;

// The calling thread's state. Never NULL once rt_runtime_init has run on this thread.
RtThreadState *rt_tstate(void);

// A new thread state for a thread about to start (malloc'd; the recursion limit is the main
// thread's, the C stack limit is set by rt_state_bind on the thread itself), or NULL.
RtThreadState *rt_state_new(void);

// Make ts the calling thread's state (on the new thread, before it takes the GIL) and
// compute its C stack limit. 0, or -1 when ts is NULL.
int rt_state_bind(RtThreadState *ts);

// True once the calling thread has a state of its own (the main thread always has).
int rt_state_is_bound(void);

// True for the main thread's state (the one that runs signal handlers).
int rt_state_is_main(RtThreadState *ts);

// Release what a finished thread's state holds and free it (with the GIL held, on that
// thread; the thread must not use its state afterwards).
void rt_state_delete(RtThreadState *ts);

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

// True when the calling thread's C stack is within its safety margin of the end, so that
// code about to recurse must stop (Py_EnterRecursiveCall and the eval loop check it).
static inline int
rt_state_c_stack_low(RtThreadState *ts)
{
    // The frame address, not a local's: under ASan locals may live on a fake stack.
    return (char *)__builtin_frame_address(0) < ts->c_stack_limit;
}

// Raise RecursionError "maximum recursion depth exceeded<where>" and return -1 if the C
// stack is low (see rt_state_c_stack_low), else return 0. For recursion that CPython does
// not count against the recursion limit (hashing nested tuples, entering the eval loop).
int rt_state_check_c_stack(const char *where);

// Compute the calling thread's C stack limit from its stack bounds (pthread_getattr_np,
// else RLIMIT_STACK below the caller's frame), keeping a safety margin; rt_runtime_init
// does it for the main thread.
void rt_state_init_c_stack(RtThreadState *ts);

// The exception being handled (sys.exception()): the innermost entry of the thread's
// handled-exception stack that holds one, borrowed, or NULL when none is.
PyObject *rt_state_handled_exception(RtThreadState *ts);

// Print msg and abort: for broken internal invariants only, never for Python errors.
_Noreturn void Py_FatalError(const char *msg);

#endif
