// genobject_async.c: asynchronous generators (`async def` with `yield`) and the awaitables
// their methods return: async_generator_asend (__anext__() and asend()),
// async_generator_athrow (athrow() and aclose()), and the async_generator_wrapped_value box
// that ASYNC_GEN_WRAP puts around what the generator yields. An await inside the generator
// yields its awaitable's values straight through to whoever drives the asend awaitable (an
// event loop); a yield of the generator itself arrives boxed and ends that awaitable with
// StopIteration(value). The frame machinery is genobject.c's.
#include "runtime/call.h"
#include "runtime/objects/descr.h"
#include "vm/genobject.h"

// The states of an asend or athrow awaitable.
enum { AWAITABLE_INIT, AWAITABLE_ITER, AWAITABLE_CLOSED };

static PyObject *
self_iter(PyObject *o)
{
    return Py_NewRef(o);
}

// ---- async_generator_wrapped_value ------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyObject *agw_val;
} AsyncGenWrappedValue;

#define is_wrapped_value(o) Py_IS_TYPE(o, &VmAsyncGenWrappedValue_Type)

PyObject *
vm_async_gen_wrap_value(PyObject *value)
{
    AsyncGenWrappedValue *w = PyObject_GC_New(AsyncGenWrappedValue, &VmAsyncGenWrappedValue_Type);
    if (w == NULL)
        return NULL;
    w->agw_val = Py_NewRef(value);
    PyObject_GC_Track(w);
    return (PyObject *)w;
}

static void
wrapped_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    Py_CLEAR(((AsyncGenWrappedValue *)o)->agw_val);
    Py_TYPE(o)->tp_free(o);
}

static int
wrapped_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((AsyncGenWrappedValue *)o)->agw_val);
    return 0;
}

PyTypeObject VmAsyncGenWrappedValue_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "async_generator_wrapped_value",
    .tp_basicsize = sizeof(AsyncGenWrappedValue),
    .tp_dealloc = wrapped_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = wrapped_traverse,
    .tp_free = PyObject_GC_Del,
};

// What the generator's frame gave to the awaitable driving it: a value passed through from
// an inner await is returned; a boxed yield becomes StopIteration(value), and the end of the
// generator StopAsyncIteration, both ending this step (NULL).
static PyObject *
unwrap_value(PyGenObject *gen, PyObject *result)
{
    if (result == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetNone(PyExc_StopAsyncIteration);
        if (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) ||
            PyErr_ExceptionMatches(PyExc_GeneratorExit))
            gen->ag_closed = 1;
        gen->ag_running_async = 0;
        return NULL;
    }
    if (is_wrapped_value(result)) {
        vm_gen_set_stop_iteration_value(((AsyncGenWrappedValue *)result)->agw_val);
        Py_DECREF(result);
        gen->ag_running_async = 0;
        return NULL;
    }
    return result;
}

// ---- async_generator_asend ----------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyGenObject *ags_gen;  // strong
    PyObject *ags_sendval; // strong: the value asend() sends first (None for __anext__)
    int ags_state;
} AsyncGenASend;

static PyObject *
asend_new(PyGenObject *gen, PyObject *sendval)
{
    AsyncGenASend *o = PyObject_GC_New(AsyncGenASend, &VmAsyncGenASend_Type);
    if (o == NULL)
        return NULL;
    o->ags_gen = (PyGenObject *)Py_NewRef(gen);
    o->ags_sendval = Py_XNewRef(sendval);
    o->ags_state = AWAITABLE_INIT;
    PyObject_GC_Track(o);
    return (PyObject *)o;
}

static void
asend_dealloc(PyObject *self)
{
    AsyncGenASend *o = (AsyncGenASend *)self;
    PyObject_GC_UnTrack(self);
    Py_CLEAR(o->ags_gen);
    Py_CLEAR(o->ags_sendval);
    Py_TYPE(self)->tp_free(self);
}

static int
asend_traverse(PyObject *self, visitproc visit, void *arg)
{
    AsyncGenASend *o = (AsyncGenASend *)self;
    Py_VISIT(o->ags_gen);
    Py_VISIT(o->ags_sendval);
    return 0;
}

static int
asend_check_reuse(int state)
{
    if (state != AWAITABLE_CLOSED)
        return 0;
    PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    return -1;
}

static PyObject *
asend_send(PyObject *self, PyObject *arg)
{
    AsyncGenASend *o = (AsyncGenASend *)self;
    PyGenObject *gen = o->ags_gen;
    if (asend_check_reuse(o->ags_state) < 0)
        return NULL;
    if (o->ags_state == AWAITABLE_INIT) {
        if (gen->ag_running_async) {
            PyErr_SetString(PyExc_RuntimeError,
                            "anext(): asynchronous generator is already running");
            return NULL;
        }
        if (arg == NULL || arg == Py_None)
            arg = o->ags_sendval;
        o->ags_state = AWAITABLE_ITER;
    }
    gen->ag_running_async = 1;
    PyObject *r = unwrap_value(gen, vm_gen_send_ex(gen, arg, 0, 0));
    if (r == NULL)
        o->ags_state = AWAITABLE_CLOSED;
    return r;
}

static PyObject *
asend_iternext(PyObject *self)
{
    return asend_send(self, NULL);
}

static PyObject *
asend_throw(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    AsyncGenASend *o = (AsyncGenASend *)self;
    if (asend_check_reuse(o->ags_state) < 0)
        return NULL;
    PyObject *r = vm_gen_throw_method((PyObject *)o->ags_gen, args, nargs);
    r = unwrap_value(o->ags_gen, r);
    if (r == NULL)
        o->ags_state = AWAITABLE_CLOSED;
    return r;
}

static PyObject *
asend_close(PyObject *self, PyObject *unused)
{
    ((AsyncGenASend *)self)->ags_state = AWAITABLE_CLOSED;
    return Py_NewRef(Py_None);
}

static PyMethodDef asend_methods[] = {
    {"send", asend_send, METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded "
     "value or raise StopIteration."},
    {"throw", (PyCFunction)(void (*)(void))asend_throw, METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next "
     "yielded value or raise\nStopIteration."},
    {"close", asend_close, METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

static PyAsyncMethods awaitable_as_async = {
    .am_await = self_iter,
};

PyTypeObject VmAsyncGenASend_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "async_generator_asend",
    .tp_basicsize = sizeof(AsyncGenASend),
    .tp_dealloc = asend_dealloc,
    .tp_as_async = &awaitable_as_async,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = asend_traverse,
    .tp_iter = self_iter,
    .tp_iternext = asend_iternext,
    .tp_methods = asend_methods,
    .tp_free = PyObject_GC_Del,
};

// ---- async_generator_athrow ---------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyGenObject *agt_gen; // strong
    PyObject *agt_args;   // athrow()'s argument tuple, or NULL for aclose()
    int agt_state;
} AsyncGenAThrow;

static PyObject *
athrow_new(PyGenObject *gen, PyObject *args)
{
    AsyncGenAThrow *o = PyObject_GC_New(AsyncGenAThrow, &VmAsyncGenAThrow_Type);
    if (o == NULL)
        return NULL;
    o->agt_gen = (PyGenObject *)Py_NewRef(gen);
    o->agt_args = Py_XNewRef(args);
    o->agt_state = AWAITABLE_INIT;
    PyObject_GC_Track(o);
    return (PyObject *)o;
}

static void
athrow_dealloc(PyObject *self)
{
    AsyncGenAThrow *o = (AsyncGenAThrow *)self;
    PyObject_GC_UnTrack(self);
    Py_CLEAR(o->agt_gen);
    Py_CLEAR(o->agt_args);
    Py_TYPE(self)->tp_free(self);
}

static int
athrow_traverse(PyObject *self, visitproc visit, void *arg)
{
    AsyncGenAThrow *o = (AsyncGenAThrow *)self;
    Py_VISIT(o->agt_gen);
    Py_VISIT(o->agt_args);
    return 0;
}

static int
athrow_check_reuse(int state)
{
    if (state != AWAITABLE_CLOSED)
        return 0;
    PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    return -1;
}

// aclose() wants the generator to finish: a value passed through from an await in a finally
// block is returned, a yield is an error, and its end (StopAsyncIteration or GeneratorExit)
// completes the awaitable with StopIteration.
static PyObject *
aclose_outcome(AsyncGenAThrow *o, PyObject *r)
{
    if (r != NULL && !is_wrapped_value(r))
        return r;
    o->agt_gen->ag_running_async = 0;
    o->agt_state = AWAITABLE_CLOSED;
    if (r != NULL) {
        Py_DECREF(r);
        PyErr_SetString(PyExc_RuntimeError, "async generator ignored GeneratorExit");
        return NULL;
    }
    if (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) ||
        PyErr_ExceptionMatches(PyExc_GeneratorExit)) {
        PyErr_Clear();
        PyErr_SetNone(PyExc_StopIteration);
    }
    return NULL;
}

// The first send: throw GeneratorExit (aclose) or athrow()'s exception into the generator.
static PyObject *
athrow_start(AsyncGenAThrow *o, PyObject *arg)
{
    PyGenObject *gen = o->agt_gen;
    int aclose = o->agt_args == NULL;
    if (gen->ag_running_async) {
        o->agt_state = AWAITABLE_CLOSED;
        return PyErr_Format(PyExc_RuntimeError, "%s(): asynchronous generator is already running",
                            aclose ? "aclose" : "athrow");
    }
    if (gen->ag_closed) {
        o->agt_state = AWAITABLE_CLOSED;
        PyErr_SetNone(PyExc_StopAsyncIteration);
        return NULL;
    }
    if (arg != Py_None) {
        PyErr_SetString(PyExc_RuntimeError,
                        "can't send non-None value to a just-started coroutine");
        return NULL;
    }
    o->agt_state = AWAITABLE_ITER;
    gen->ag_running_async = 1;
    if (aclose) {
        gen->ag_closed = 1;
        return aclose_outcome(o, vm_gen_throw(gen, 0, PyExc_GeneratorExit, NULL, NULL));
    }
    // The arguments are checked only now, as in CPython 3.11 (whose generator then stays
    // marked running: ag_running is True after a failed athrow()).
    PyObject *const *args = ((PyTupleObject *)o->agt_args)->ob_item;
    Py_ssize_t nargs = PyTuple_GET_SIZE(o->agt_args);
    if (!rt_call_check_positional("athrow", nargs, 1, 3))
        return NULL;
    PyObject *r =
        vm_gen_throw(gen, 0, args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
    r = unwrap_value(gen, r);
    if (r == NULL)
        o->agt_state = AWAITABLE_CLOSED;
    return r;
}

static PyObject *
athrow_send(PyObject *self, PyObject *arg)
{
    AsyncGenAThrow *o = (AsyncGenAThrow *)self;
    PyGenObject *gen = o->agt_gen;
    if (athrow_check_reuse(o->agt_state) < 0)
        return NULL;
    if (gen->gi_frame_state >= VM_GEN_COMPLETED) {
        o->agt_state = AWAITABLE_CLOSED;
        PyErr_SetNone(PyExc_StopIteration);
        return NULL;
    }
    if (o->agt_state == AWAITABLE_INIT)
        return athrow_start(o, arg);
    PyObject *r = vm_gen_send_ex(gen, arg, 0, 0);
    return o->agt_args != NULL ? unwrap_value(gen, r) : aclose_outcome(o, r);
}

static PyObject *
athrow_iternext(PyObject *self)
{
    return athrow_send(self, Py_None);
}

static PyObject *
athrow_throw(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    AsyncGenAThrow *o = (AsyncGenAThrow *)self;
    if (athrow_check_reuse(o->agt_state) < 0)
        return NULL;
    PyObject *r = vm_gen_throw_method((PyObject *)o->agt_gen, args, nargs);
    return o->agt_args != NULL ? unwrap_value(o->agt_gen, r) : aclose_outcome(o, r);
}

static PyObject *
athrow_close(PyObject *self, PyObject *unused)
{
    ((AsyncGenAThrow *)self)->agt_state = AWAITABLE_CLOSED;
    return Py_NewRef(Py_None);
}

static PyMethodDef athrow_methods[] = {
    {"send", athrow_send, METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded "
     "value or raise StopIteration."},
    {"throw", (PyCFunction)(void (*)(void))athrow_throw, METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next "
     "yielded value or raise\nStopIteration."},
    {"close", athrow_close, METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject VmAsyncGenAThrow_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "async_generator_athrow",
    .tp_basicsize = sizeof(AsyncGenAThrow),
    .tp_dealloc = athrow_dealloc,
    .tp_as_async = &awaitable_as_async,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = athrow_traverse,
    .tp_iter = self_iter,
    .tp_iternext = athrow_iternext,
    .tp_methods = athrow_methods,
    .tp_free = PyObject_GC_Del,
};

// ---- the async_generator type -------------------------------------------------------------------

static PyObject *
agen_anext(PyObject *self)
{
    return asend_new((PyGenObject *)self, NULL);
}

static PyObject *
agen_asend(PyObject *self, PyObject *value)
{
    return asend_new((PyGenObject *)self, value);
}

static PyObject *
agen_athrow(PyObject *self, PyObject *args)
{
    return athrow_new((PyGenObject *)self, args);
}

static PyObject *
agen_aclose(PyObject *self, PyObject *unused)
{
    return athrow_new((PyGenObject *)self, NULL);
}

static PyGetSetDef agen_getset[] = {
    {"__name__", vm_gen_get_name, vm_gen_set_name, "name of the async generator", NULL},
    {"__qualname__", vm_gen_get_qualname, vm_gen_set_qualname,
     "qualified name of the async generator", NULL},
    {"ag_await", vm_gen_get_yieldfrom, NULL, "object being awaited on, or None", NULL},
    {"ag_frame", vm_gen_get_frame, NULL, NULL, NULL},
    {"ag_code", vm_gen_get_code, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMemberDef agen_members[] = {
    {"ag_running", T_BOOL, offsetof(PyGenObject, ag_running_async), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyMethodDef agen_methods[] = {
    {"asend", agen_asend, METH_O, "asend(v) -> send 'v' in generator."},
    {"athrow", agen_athrow, METH_VARARGS,
     "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", agen_aclose, METH_NOARGS, "aclose() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

static PyAsyncMethods agen_as_async = {
    .am_aiter = self_iter,
    .am_anext = agen_anext,
};

PyTypeObject PyAsyncGen_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "async_generator",
    .tp_basicsize = offsetof(PyGenObject, gi_iframe),
    .tp_weaklistoffset = offsetof(PyGenObject, gi_weakreflist),
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = vm_gen_dealloc,
    .tp_as_async = &agen_as_async,
    .tp_repr = vm_gen_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = vm_gen_traverse,
    .tp_methods = agen_methods,
    .tp_members = agen_members,
    .tp_getset = agen_getset,
    .tp_free = PyObject_GC_Del,
    .tp_finalize = vm_gen_finalize,
};
