// genobject.h: generators, coroutines and asynchronous generators. Each object embeds the
// frame of its code, moved off the thread's frame stack by RETURN_GENERATOR; every resume
// (next, send, throw, close) runs that frame in a nested call of the eval loop, linked on top
// of the caller's frame, and YIELD_VALUE returns from that call, as in CPython 3.11.
// genobject.c has the shared machinery and the generator type, genobject_coro.c coroutines
// and awaitables, genobject_async.c async generators and their asend/athrow awaitables.
#ifndef KRAIT_VM_GENOBJECT_H
#define KRAIT_VM_GENOBJECT_H

#include <stddef.h>
#include "vm/frame.h"

// The life of a generator's frame (gi_frame_state), with CPython 3.11's FRAME_* values so
// that "not finished" is `< VM_GEN_COMPLETED`.
enum {
    VM_GEN_CREATED = -2,   // not started: the first send must be None
    VM_GEN_SUSPENDED = -1, // stopped at a yield
    VM_GEN_EXECUTING = 0,  // running, or passing a throw or close on to its subiterator
    VM_GEN_COMPLETED = 1,  // returned or raised; its frame is about to be cleared
    VM_GEN_CLEARED = 4,    // finished: the frame holds no references any more
};

// One layout for the three kinds (as in CPython); the ag_ fields serve async generators only.
typedef struct PyGenObject {
    PyObject_VAR_HEAD            // ob_size: words of gi_iframe
    PyObject *gi_code;           // strong, kept after the frame is cleared
    PyObject *gi_name;           // str, strong
    PyObject *gi_qualname;       // str, strong
    PyObject *gi_weakreflist;    // weak references to the generator (weakref.c)
    RtExcStackItem gi_exc_state; // what an except block around a yield handles
    int8_t gi_frame_state;       // VM_GEN_*
    char ag_closed;              // aclose() ran, or the frame ended
    char ag_running_async;       // an asend() or athrow() awaitable is being driven
    PyObject *gi_iframe[1];      // the Frame itself, vm_frame_size(gi_code) words
} PyGenObject;

extern PyTypeObject PyGen_Type;      // generator
extern PyTypeObject PyCoro_Type;     // coroutine
extern PyTypeObject PyAsyncGen_Type; // async_generator
// coroutine_wrapper (coroutine.__await__()), async_generator_asend,
// async_generator_athrow, async_generator_wrapped_value (what ASYNC_GEN_WRAP makes).
extern PyTypeObject VmCoroWrapper_Type;
extern PyTypeObject VmAsyncGenASend_Type;
extern PyTypeObject VmAsyncGenAThrow_Type;
extern PyTypeObject VmAsyncGenWrappedValue_Type;

#define PyGen_CheckExact(o) Py_IS_TYPE(o, &PyGen_Type)
#define PyCoro_CheckExact(o) Py_IS_TYPE(o, &PyCoro_Type)
#define PyAsyncGen_CheckExact(o) Py_IS_TYPE(o, &PyAsyncGen_Type)

// The frame a generator embeds, and back.
static inline Frame *
vm_gen_frame(PyGenObject *gen)
{
    return (Frame *)gen->gi_iframe;
}

static inline PyGenObject *
vm_gen_from_frame(Frame *f)
{
    return (PyGenObject *)((char *)f - offsetof(PyGenObject, gi_iframe));
}

// RETURN_GENERATOR: a new generator, coroutine or async generator (as f's code flags say)
// whose frame is a copy of f and takes over all of f's references; the caller then pops f
// without releasing anything. NULL with MemoryError (f is left as it was).
PyObject *vm_gen_new_from_frame(Frame *f);

// The outcome of sending a value into an iterator (CPython's PySendResult).
typedef enum { PYGEN_RETURN = 0, PYGEN_ERROR = -1, PYGEN_NEXT = 1 } PySendResult;

// SEND: send arg into iter: a generator or coroutine directly, else iter.__next__() when arg
// is None, else iter.send(arg). NEXT with the yielded value in *presult, RETURN with the
// return value (StopIteration's value, consumed), or ERROR with *presult NULL and an
// exception set.
PySendResult PyIter_Send(PyObject *iter, PyObject *arg, PyObject **presult);

// ---- shared by genobject*.c -------------------------------------------------------------

// Resume gen with arg (NULL: from __next__) pushed as the value of its yield, or with the
// pending exception raised at the yield when exc is set; closing: called from close(),
// which must stay silent on a finished coroutine. As PyIter_Send, except that a generator
// finishing under __next__ with None gives ERROR with no exception set.
PySendResult vm_gen_send_ex2(PyGenObject *gen, PyObject *arg, PyObject **presult, int exc,
                             int closing);

// vm_gen_send_ex2, turning RETURN into StopIteration(value) (StopAsyncIteration for async
// generators): the yielded value (new reference), or NULL with an exception.
PyObject *vm_gen_send_ex(PyGenObject *gen, PyObject *arg, int exc, int closing);

// gen.throw(typ, val, tb) (val and tb may be NULL), handed on to the subiterator of a
// `yield from`/`await` in progress. close_on_genexit: a GeneratorExit closes that subiterator
// instead (async generators' aclose() passes 0). Yielded value, or NULL with an exception.
PyObject *vm_gen_throw(PyGenObject *gen, int close_on_genexit, PyObject *typ, PyObject *val,
                       PyObject *tb);

// gen.close(): None (new reference), or NULL with an exception (RuntimeError "generator
// ignored GeneratorExit" when it yielded instead of finishing).
PyObject *vm_gen_close(PyGenObject *gen);

// The subiterator of the `yield from` or `await` gen is suspended in (new reference), or
// NULL (no error) when there is none.
PyObject *vm_gen_yf(PyGenObject *gen);

// Raise StopIteration(value) (even when value is a tuple or an exception), replacing any
// pending exception.
void vm_gen_set_stop_iteration_value(PyObject *value);

// Take the value of a pending StopIteration into *pvalue (new reference; None when nothing
// is pending) and clear it: 0. -1 (nothing taken) when another exception is pending.
int vm_gen_fetch_stop_iteration_value(PyObject **pvalue);

// The slots and attributes the three types share.
void vm_gen_dealloc(PyObject *self);
int vm_gen_traverse(PyObject *self, visitproc visit, void *arg);
void vm_gen_finalize(PyObject *self);
PyObject *vm_gen_repr(PyObject *self);
PyObject *vm_gen_get_frame(PyObject *self, void *closure);
PyObject *vm_gen_get_running(PyObject *self, void *closure);
PyObject *vm_gen_get_suspended(PyObject *self, void *closure);
PyObject *vm_gen_get_code(PyObject *self, void *closure);
PyObject *vm_gen_get_yieldfrom(PyObject *self, void *closure);
PyObject *vm_gen_get_name(PyObject *self, void *closure);
int vm_gen_set_name(PyObject *self, PyObject *value, void *closure);
PyObject *vm_gen_get_qualname(PyObject *self, void *closure);
int vm_gen_set_qualname(PyObject *self, PyObject *value, void *closure);

// The send(value), throw(typ[, val[, tb]]) and close() methods.
PyObject *vm_gen_send_method(PyObject *self, PyObject *arg);
PyObject *vm_gen_throw_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *vm_gen_close_method(PyObject *self, PyObject *unused);

// ---- awaiting (genobject_coro.c) and async generators (genobject_async.c) ---------------

// The iterator that `await o` drives: o itself for a coroutine (or a generator-based one),
// else o.__await__(), which must return an iterator that is not a coroutine. New reference,
// or NULL with TypeError "object T can't be used in 'await' expression", "__await__()
// returned a coroutine" or "__await__() returned non-iterator of type 'T'".
PyObject *vm_coro_get_awaitable_iter(PyObject *o);

// ASYNC_GEN_WRAP: box a value an async generator yields, so that its asend() awaitable can
// tell it from what an inner await passes through. New reference or NULL.
PyObject *vm_async_gen_wrap_value(PyObject *value);

#endif
