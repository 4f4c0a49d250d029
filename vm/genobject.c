// genobject.c: the generator type and the machinery that coroutines and async generators
// share with it: making one from a frame (RETURN_GENERATOR), resuming its frame (next, send,
// throw, close), handing throw and close on to the subiterator of a `yield from` or `await`,
// closing it when the last reference goes, and PyIter_Send for the SEND instruction.
// Coroutines are in genobject_coro.c, async generators in genobject_async.c.
#include <string.h>
#include "runtime/call.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/func.h"
#include "vm/eval.h"
#include "vm/frameobject.h"
#include "vm/genobject.h"
#include "vm/opcode.h"
#include "vm/ops.h"
#include "vm/traceback.h"

// How messages name the kind of gen ("generator already executing", ...).
static const char *
kind_word(PyGenObject *gen)
{
    if (PyCoro_CheckExact(gen))
        return "coroutine";
    if (PyAsyncGen_CheckExact(gen))
        return "async generator";
    return "generator";
}

static PyTypeObject *
type_for_code(PyCodeObject *co)
{
    if (co->co_flags & CO_COROUTINE)
        return &PyCoro_Type;
    if (co->co_flags & CO_ASYNC_GENERATOR)
        return &PyAsyncGen_Type;
    return &PyGen_Type;
}

PyObject *
vm_gen_new_from_frame(Frame *f)
{
    PyCodeObject *co = f->code;
    Py_ssize_t words = (Py_ssize_t)vm_frame_size(co);
    PyGenObject *gen = (PyGenObject *)rt_gc_new_var(type_for_code(co), words);
    if (gen == NULL)
        return NULL;
    PyFunctionObject *func = (PyFunctionObject *)f->func;
    gen->gi_code = Py_NewRef(co);
    gen->gi_name = Py_NewRef(func != NULL ? func->func_name : co->co_name);
    gen->gi_qualname = Py_NewRef(func != NULL ? func->func_qualname : co->co_qualname);
    gen->gi_exc_state.exc_value = NULL;
    gen->gi_exc_state.previous_item = NULL;
    gen->gi_frame_state = VM_GEN_CREATED;
    gen->ag_closed = 0;
    gen->ag_running_async = 0;
    // The references move with the bytes: the thread's copy is popped, not cleared.
    Frame *copy = vm_gen_frame(gen);
    memcpy(copy, f, (size_t)((char *)&f->localsplus[f->stacktop] - (char *)f));
    copy->owner = FRAME_OWNED_BY_GENERATOR;
    copy->previous = NULL;
    if (copy->frame_obj != NULL)
        copy->frame_obj->f_frame = copy;
    PyObject_GC_Track(gen);
    return (PyObject *)gen;
}

// ---- StopIteration values ---------------------------------------------------------------------

void
vm_gen_set_stop_iteration_value(PyObject *value)
{
    // Made here: PyErr_SetObject would take a tuple for the argument list, an exception
    // instance for the exception itself. A pending exception is replaced.
    PyErr_Clear();
    PyObject *exc = PyObject_CallOneArg(PyExc_StopIteration, value);
    if (exc == NULL)
        return;
    PyErr_SetObject(PyExc_StopIteration, exc);
    Py_DECREF(exc);
}

int
vm_gen_fetch_stop_iteration_value(PyObject **pvalue)
{
    PyObject *value = NULL;
    if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
        PyObject *exc = PyErr_GetRaisedException();
        value = Py_XNewRef(((PyStopIterationObject *)exc)->value);
        Py_DECREF(exc);
    } else if (PyErr_Occurred()) {
        return -1;
    }
    *pvalue = value != NULL ? value : Py_NewRef(Py_None);
    return 0;
}

// ---- resuming the frame -----------------------------------------------------------------------

// A thrown exception arriving where an except block of gen handles another one takes that
// one as __context__. Only gen's own: the caller's handled exception is not chained.
static void
chain_to_handled_in_gen(PyGenObject *gen)
{
    PyObject *handled = gen->gi_exc_state.exc_value;
    if (handled == NULL || handled == Py_None)
        return;
    PyObject *exc = PyErr_GetRaisedException();
    PyErr_SetObject((PyObject *)Py_TYPE(exc), exc); // chains the innermost handled: gen's
    Py_DECREF(exc);
}

// PEP 479: a StopIteration (or, in an async generator, StopAsyncIteration) escaping the
// frame would read as the end of iteration; it becomes the cause of a RuntimeError.
static void
convert_stop_iteration(PyGenObject *gen)
{
    const char *what;
    if (PyErr_ExceptionMatches(PyExc_StopIteration))
        what = "StopIteration";
    else if (PyAsyncGen_CheckExact(gen) && PyErr_ExceptionMatches(PyExc_StopAsyncIteration))
        what = "StopAsyncIteration";
    else
        return;
    vm_format_from_cause(PyExc_RuntimeError, "%s raised %s", kind_word(gen), what);
}

// The frame returned or raised: release it (a frame object still referenced keeps a copy)
// and give the outcome. A None returned to __next__ is plain exhaustion: no result at all.
static PySendResult
finish(PyGenObject *gen, PyObject *arg, PyObject *result, PyObject **presult)
{
    if (result == NULL)
        convert_stop_iteration(gen);
    else if (result == Py_None && !PyAsyncGen_CheckExact(gen) && arg == NULL)
        Py_CLEAR(result);
    Py_CLEAR(gen->gi_exc_state.exc_value);
    gen->gi_frame_state = VM_GEN_CLEARED;
    vm_frame_clear(vm_gen_frame(gen));
    *presult = result;
    return result != NULL ? PYGEN_RETURN : PYGEN_ERROR;
}

// Run gen's frame from where it stopped, with arg as the value of the yield expression (or
// the pending exception raised there when exc is set).
static PySendResult
resume(PyGenObject *gen, PyObject *arg, PyObject **presult, int exc)
{
    RtThreadState *ts = rt_tstate();
    Frame *f = vm_gen_frame(gen);
    f->localsplus[f->stacktop++] = Py_NewRef(arg != NULL ? arg : Py_None);
    // While gen runs, its except blocks record what they handle in its own entry.
    gen->gi_exc_state.previous_item = ts->exc_info;
    ts->exc_info = &gen->gi_exc_state;
    if (exc)
        chain_to_handled_in_gen(gen);
    gen->gi_frame_state = VM_GEN_EXECUTING;
    PyObject *result = vm_eval_frame_ex(vm_tstate(), f, exc);
    if (gen->gi_frame_state == VM_GEN_EXECUTING)
        gen->gi_frame_state = VM_GEN_COMPLETED;
    ts->exc_info = gen->gi_exc_state.previous_item;
    gen->gi_exc_state.previous_item = NULL;
    f->previous = NULL; // keeps no caller alive, and a finished frame's f_back is None
    if (result != NULL && gen->gi_frame_state == VM_GEN_SUSPENDED) {
        *presult = result;
        return PYGEN_NEXT;
    }
    return finish(gen, arg, result, presult);
}

PySendResult
vm_gen_send_ex2(PyGenObject *gen, PyObject *arg, PyObject **presult, int exc, int closing)
{
    *presult = NULL;
    if (gen->gi_frame_state == VM_GEN_CREATED && arg != NULL && arg != Py_None) {
        PyErr_Format(PyExc_TypeError, "can't send non-None value to a just-started %s",
                     kind_word(gen));
        return PYGEN_ERROR;
    }
    if (gen->gi_frame_state == VM_GEN_EXECUTING) {
        PyErr_Format(PyExc_ValueError, "%s already executing", kind_word(gen));
        return PYGEN_ERROR;
    }
    if (gen->gi_frame_state >= VM_GEN_COMPLETED) {
        // Finished: a coroutine cannot be awaited twice; send() on a generator returns
        // None (StopIteration); a throw leaves its exception pending.
        if (PyCoro_CheckExact(gen) && !closing) {
            PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited coroutine");
        } else if (arg != NULL && !exc) {
            *presult = Py_NewRef(Py_None);
            return PYGEN_RETURN;
        }
        return PYGEN_ERROR;
    }
    return resume(gen, arg, presult, exc);
}

PyObject *
vm_gen_send_ex(PyGenObject *gen, PyObject *arg, int exc, int closing)
{
    PyObject *result;
    if (vm_gen_send_ex2(gen, arg, &result, exc, closing) != PYGEN_RETURN)
        return result;
    if (PyAsyncGen_CheckExact(gen))
        PyErr_SetNone(PyExc_StopAsyncIteration);
    else if (result == Py_None)
        PyErr_SetNone(PyExc_StopIteration);
    else
        vm_gen_set_stop_iteration_value(result);
    Py_DECREF(result);
    return NULL;
}

PySendResult
PyIter_Send(PyObject *iter, PyObject *arg, PyObject **presult)
{
    if (PyGen_CheckExact(iter) || PyCoro_CheckExact(iter))
        return vm_gen_send_ex2((PyGenObject *)iter, arg, presult, 0, 0);
    if (arg == Py_None && PyIter_Check(iter))
        *presult = Py_TYPE(iter)->tp_iternext(iter);
    else
        *presult = PyObject_CallMethodOneArg(iter, PyUnicode_InternFromString("send"), arg);
    if (*presult != NULL)
        return PYGEN_NEXT;
    return vm_gen_fetch_stop_iteration_value(presult) == 0 ? PYGEN_RETURN : PYGEN_ERROR;
}

PyObject *
vm_gen_yf(PyGenObject *gen)
{
    if (gen->gi_frame_state != VM_GEN_SUSPENDED && gen->gi_frame_state != VM_GEN_EXECUTING)
        return NULL;
    // Suspended in a SEND loop, the frame's next instruction is RESUME 2 (yield from) or
    // RESUME 3 (await), and the subiterator is on top of its stack.
    Frame *f = vm_gen_frame(gen);
    PyCodeUnit next = f->prev_instr[1];
    if (rt_code_unit_op(next) != OP_RESUME || rt_code_unit_arg(next) < 2)
        return NULL;
    return Py_NewRef(f->localsplus[f->stacktop - 1]);
}

// ---- throw and close ------------------------------------------------------------------------

// typ(val) as `raise` would make it: val itself when it is already an instance of typ, the
// arguments when it is a tuple, none when it is NULL or None.
static PyObject *
instantiate(PyObject *typ, PyObject *val)
{
    PyObject *exc;
    if (val != NULL && PyObject_TypeCheck(val, (PyTypeObject *)typ))
        return Py_NewRef(val);
    if (val == NULL || val == Py_None)
        exc = PyObject_CallNoArgs(typ);
    else if (PyTuple_Check(val))
        exc = PyObject_Call(typ, val, NULL);
    else
        exc = PyObject_CallOneArg(typ, val);
    if (exc != NULL && !PyExceptionInstance_Check(exc)) {
        PyErr_Format(PyExc_TypeError,
                     "calling %R should have returned an instance of BaseException, not %s", typ,
                     Py_TYPE(exc)->tp_name);
        Py_CLEAR(exc);
    }
    return exc;
}

// Make what throw() was given the pending exception, to be raised in the generator: 0, or
// -1 with a TypeError that throw() itself raises.
static int
raise_thrown(PyObject *typ, PyObject *val, PyObject *tb)
{
    if (tb == Py_None) {
        tb = NULL;
    } else if (tb != NULL && !PyTraceBack_Check(tb)) {
        PyErr_SetString(PyExc_TypeError, "throw() third argument must be a traceback object");
        return -1;
    }
    PyObject *exc;
    if (PyExceptionClass_Check(typ)) {
        // If making the instance fails, that error is what the generator receives.
        exc = instantiate(typ, val);
        if (exc == NULL)
            return 0;
    } else if (PyExceptionInstance_Check(typ)) {
        if (val != NULL && val != Py_None) {
            PyErr_SetString(PyExc_TypeError, "instance exception may not have a separate value");
            return -1;
        }
        exc = Py_NewRef(typ);
    } else {
        PyErr_Format(PyExc_TypeError,
                     "exceptions must be classes or instances deriving from BaseException, not %s",
                     Py_TYPE(typ)->tp_name);
        return -1;
    }
    if (tb != NULL)
        PyException_SetTraceback(exc, tb);
    PyErr_SetRaisedException(exc);
    return 0;
}

// Close the subiterator yf of a `yield from`: 0, or -1 with the error its close() raised.
static int
close_subiterator(PyObject *yf)
{
    PyObject *r = NULL;
    if (PyGen_CheckExact(yf) || PyCoro_CheckExact(yf)) {
        r = vm_gen_close((PyGenObject *)yf);
        if (r == NULL)
            return -1;
    } else {
        PyObject *meth;
        if (rt_object_lookup_attr(yf, PyUnicode_InternFromString("close"), &meth) < 0)
            PyErr_WriteUnraisable(yf);
        if (meth != NULL) {
            r = PyObject_CallNoArgs(meth);
            Py_DECREF(meth);
            if (r == NULL)
                return -1;
        }
    }
    Py_XDECREF(r);
    return 0;
}

// The subiterator of gen's `yield from` finished while taking a throw: pop it and go on
// after the SEND loop, with its return value (a pending StopIteration) or its exception.
static PyObject *
resume_after_subiterator(PyGenObject *gen)
{
    Frame *f = vm_gen_frame(gen);
    PyObject *yf = f->localsplus[--f->stacktop];
    Py_DECREF(yf);
    // The frame stopped at the YIELD_VALUE right after SEND; continue at SEND's target.
    PyCodeUnit *send = f->prev_instr - 1;
    f->prev_instr = send + rt_code_unit_arg(*send);
    PyObject *value;
    if (vm_gen_fetch_stop_iteration_value(&value) < 0)
        return vm_gen_send_ex(gen, Py_None, 1, 0);
    PyObject *r = vm_gen_send_ex(gen, value, 0, 0);
    Py_DECREF(value);
    return r;
}

// throw() into the subiterator yf (stolen) that gen delegates to.
static PyObject *
throw_into_subiterator(PyGenObject *gen, PyObject *yf, int close_on_genexit, PyObject *typ,
                       PyObject *val, PyObject *tb)
{
    int8_t state = gen->gi_frame_state;
    PyObject *r;
    if (PyGen_CheckExact(yf) || PyCoro_CheckExact(yf)) {
        // Link gen's frame as the subgenerator's caller, so its frames chain as they ran.
        VmThreadState *vs = vm_tstate();
        Frame *f = vm_gen_frame(gen);
        f->previous = vs->current_frame;
        vs->current_frame = f;
        gen->gi_frame_state = VM_GEN_EXECUTING;
        r = vm_gen_throw((PyGenObject *)yf, close_on_genexit, typ, val, tb);
        gen->gi_frame_state = state;
        vs->current_frame = f->previous;
        f->previous = NULL;
    } else {
        PyObject *meth;
        if (rt_object_lookup_attr(yf, PyUnicode_InternFromString("throw"), &meth) <= 0) {
            Py_DECREF(yf);
            if (PyErr_Occurred() || raise_thrown(typ, val, tb) < 0)
                return NULL;
            return vm_gen_send_ex(gen, Py_None, 1, 0);
        }
        gen->gi_frame_state = VM_GEN_EXECUTING;
        PyObject *args[3] = {typ, val, tb};
        r = PyObject_Vectorcall(meth, args, val == NULL ? 1 : tb == NULL ? 2 : 3, NULL);
        gen->gi_frame_state = state;
        Py_DECREF(meth);
    }
    Py_DECREF(yf);
    return r != NULL ? r : resume_after_subiterator(gen);
}

PyObject *
vm_gen_throw(PyGenObject *gen, int close_on_genexit, PyObject *typ, PyObject *val, PyObject *tb)
{
    PyObject *yf = vm_gen_yf(gen);
    if (yf != NULL && close_on_genexit && PyErr_GivenExceptionMatches(typ, PyExc_GeneratorExit)) {
        // Closing: close the subiterator, then raise GeneratorExit in gen itself.
        int8_t state = gen->gi_frame_state;
        gen->gi_frame_state = VM_GEN_EXECUTING;
        int err = close_subiterator(yf);
        gen->gi_frame_state = state;
        Py_DECREF(yf);
        if (err < 0)
            return vm_gen_send_ex(gen, Py_None, 1, 0);
    } else if (yf != NULL) {
        return throw_into_subiterator(gen, yf, close_on_genexit, typ, val, tb);
    }
    if (raise_thrown(typ, val, tb) < 0)
        return NULL;
    return vm_gen_send_ex(gen, Py_None, 1, 0);
}

PyObject *
vm_gen_close(PyGenObject *gen)
{
    PyObject *yf = vm_gen_yf(gen);
    int err = 0;
    if (yf != NULL) {
        int8_t state = gen->gi_frame_state;
        gen->gi_frame_state = VM_GEN_EXECUTING;
        err = close_subiterator(yf);
        gen->gi_frame_state = state;
        Py_DECREF(yf);
    }
    // The subiterator's error, if it failed, is raised in gen instead of GeneratorExit.
    if (err == 0)
        PyErr_SetNone(PyExc_GeneratorExit);
    PyObject *r = vm_gen_send_ex(gen, Py_None, 1, 1);
    if (r != NULL) {
        Py_DECREF(r);
        PyErr_Format(PyExc_RuntimeError, "%s ignored GeneratorExit", kind_word(gen));
        return NULL;
    }
    if (PyErr_ExceptionMatches(PyExc_StopIteration) ||
        PyErr_ExceptionMatches(PyExc_GeneratorExit)) {
        PyErr_Clear();
        return Py_NewRef(Py_None);
    }
    return NULL;
}

// ---- methods ----------------------------------------------------------------------------------

PyObject *
vm_gen_send_method(PyObject *self, PyObject *arg)
{
    return vm_gen_send_ex((PyGenObject *)self, arg, 0, 0);
}

PyObject *
vm_gen_throw_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("throw", nargs, 1, 3))
        return NULL;
    return vm_gen_throw((PyGenObject *)self, 1, args[0], nargs > 1 ? args[1] : NULL,
                        nargs > 2 ? args[2] : NULL);
}

PyObject *
vm_gen_close_method(PyObject *self, PyObject *unused)
{
    (void)unused;
    return vm_gen_close((PyGenObject *)self);
}

static PyObject *
gen_iternext(PyObject *self)
{
    PyObject *result;
    if (vm_gen_send_ex2((PyGenObject *)self, NULL, &result, 0, 0) == PYGEN_RETURN) {
        if (result != Py_None)
            vm_gen_set_stop_iteration_value(result);
        Py_CLEAR(result);
    }
    return result;
}

static PyObject *
gen_iter(PyObject *self)
{
    return Py_NewRef(self);
}

// ---- life and death ---------------------------------------------------------------------------

void
vm_gen_finalize(PyObject *self)
{
    PyGenObject *gen = (PyGenObject *)self;
    if (gen->gi_frame_state >= VM_GEN_COMPLETED)
        return;
    // An unstarted coroutine is not closed (CPython warns "coroutine ... was never awaited"
    // instead, and Krait has no warnings yet): there is no finally block to run anyway.
    if (PyCoro_CheckExact(gen) && gen->gi_frame_state == VM_GEN_CREATED)
        return;
    PyObject *pending = PyErr_GetRaisedException();
    PyObject *r = vm_gen_close(gen);
    if (r == NULL)
        PyErr_WriteUnraisable(self);
    Py_XDECREF(r);
    PyErr_SetRaisedException(pending);
}

void
vm_gen_dealloc(PyObject *self)
{
    PyGenObject *gen = (PyGenObject *)self;
    PyObject_GC_UnTrack(self);
    // As CPython: weak references go before close() runs the generator's finally blocks.
    if (gen->gi_weakreflist != NULL)
        PyObject_ClearWeakRefs(self);
    if (gen->gi_frame_state < VM_GEN_COMPLETED) {
        // close() runs the generator's finally blocks, which may store a new reference.
        if (PyObject_CallFinalizerFromDealloc(self) < 0)
            return; // resurrected
    }
    if (gen->gi_frame_state < VM_GEN_CLEARED) {
        gen->gi_frame_state = VM_GEN_CLEARED;
        Frame *f = vm_gen_frame(gen);
        f->previous = NULL;
        vm_frame_clear(f);
    }
    Py_CLEAR(gen->gi_code);
    Py_CLEAR(gen->gi_name);
    Py_CLEAR(gen->gi_qualname);
    Py_CLEAR(gen->gi_exc_state.exc_value);
    Py_TYPE(self)->tp_free(self);
}

int
vm_gen_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyGenObject *gen = (PyGenObject *)self;
    Py_VISIT(gen->gi_code);
    Py_VISIT(gen->gi_name);
    Py_VISIT(gen->gi_qualname);
    Py_VISIT(gen->gi_exc_state.exc_value);
    // A running frame's stack lives in the eval loop's registers, its stacktop is stale:
    // visiting less only makes the collector keep more.
    if (gen->gi_frame_state < VM_GEN_EXECUTING)
        return vm_frame_traverse(vm_gen_frame(gen), visit, arg);
    return 0;
}

PyObject *
vm_gen_repr(PyObject *self)
{
    return PyUnicode_FromFormat("<%s object %U at %p>", Py_TYPE(self)->tp_name,
                                ((PyGenObject *)self)->gi_qualname, self);
}

// ---- attributes -------------------------------------------------------------------------------

PyObject *
vm_gen_get_frame(PyObject *self, void *closure)
{
    PyGenObject *gen = (PyGenObject *)self;
    if (gen->gi_frame_state == VM_GEN_CLEARED)
        return Py_NewRef(Py_None);
    return Py_XNewRef((PyObject *)vm_frame_get_object(vm_gen_frame(gen)));
}

PyObject *
vm_gen_get_running(PyObject *self, void *closure)
{
    return PyBool_FromLong(((PyGenObject *)self)->gi_frame_state == VM_GEN_EXECUTING);
}

PyObject *
vm_gen_get_suspended(PyObject *self, void *closure)
{
    return PyBool_FromLong(((PyGenObject *)self)->gi_frame_state == VM_GEN_SUSPENDED);
}

PyObject *
vm_gen_get_code(PyObject *self, void *closure)
{
    return Py_NewRef(((PyGenObject *)self)->gi_code);
}

PyObject *
vm_gen_get_yieldfrom(PyObject *self, void *closure)
{
    PyObject *yf = vm_gen_yf((PyGenObject *)self);
    return yf != NULL ? yf : Py_NewRef(Py_None);
}

PyObject *
vm_gen_get_name(PyObject *self, void *closure)
{
    return Py_NewRef(((PyGenObject *)self)->gi_name);
}

int
vm_gen_set_name(PyObject *self, PyObject *value, void *closure)
{
    if (value == NULL || !PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    Py_SETREF(((PyGenObject *)self)->gi_name, Py_NewRef(value));
    return 0;
}

PyObject *
vm_gen_get_qualname(PyObject *self, void *closure)
{
    return Py_NewRef(((PyGenObject *)self)->gi_qualname);
}

int
vm_gen_set_qualname(PyObject *self, PyObject *value, void *closure)
{
    if (value == NULL || !PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    Py_SETREF(((PyGenObject *)self)->gi_qualname, Py_NewRef(value));
    return 0;
}

// ---- the type ---------------------------------------------------------------------------------

static PyGetSetDef gen_getset[] = {
    {"__name__", vm_gen_get_name, vm_gen_set_name, "name of the generator", NULL},
    {"__qualname__", vm_gen_get_qualname, vm_gen_set_qualname, "qualified name of the generator",
     NULL},
    {"gi_yieldfrom", vm_gen_get_yieldfrom, NULL, "object being iterated by yield from, or None",
     NULL},
    {"gi_running", vm_gen_get_running, NULL, NULL, NULL},
    {"gi_frame", vm_gen_get_frame, NULL, NULL, NULL},
    {"gi_suspended", vm_gen_get_suspended, NULL, NULL, NULL},
    {"gi_code", vm_gen_get_code, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMethodDef gen_methods[] = {
    {"send", (PyCFunction)vm_gen_send_method, METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", (PyCFunction)(void (*)(void))vm_gen_throw_method, METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next "
     "yielded value or raise\nStopIteration."},
    {"close", vm_gen_close_method, METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject PyGen_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "generator",
    .tp_basicsize = offsetof(PyGenObject, gi_iframe),
    .tp_weaklistoffset = offsetof(PyGenObject, gi_weakreflist),
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = vm_gen_dealloc,
    .tp_repr = vm_gen_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = vm_gen_traverse,
    .tp_iter = gen_iter,
    .tp_iternext = gen_iternext,
    .tp_methods = gen_methods,
    .tp_getset = gen_getset,
    .tp_free = PyObject_GC_Del,
    .tp_finalize = vm_gen_finalize,
};
