// genobject_coro.c: coroutines (`async def`), the coroutine_wrapper iterator that
// coroutine.__await__() returns, and what `await` accepts (vm_coro_get_awaitable_iter). The
// frame machinery they share with generators is in genobject.c.
#include "runtime/objects/descr.h"
#include "vm/genobject.h"

// A generator made by a types.coroutine-style function (CO_ITERABLE_COROUTINE) is awaitable.
static int
is_iterable_coroutine(PyObject *o)
{
    return PyGen_CheckExact(o) &&
           (((PyCodeObject *)((PyGenObject *)o)->gi_code)->co_flags & CO_ITERABLE_COROUTINE);
}

PyObject *
vm_coro_get_awaitable_iter(PyObject *o)
{
    if (PyCoro_CheckExact(o) || is_iterable_coroutine(o))
        return Py_NewRef(o);
    PyTypeObject *type = Py_TYPE(o);
    unaryfunc getter = type->tp_as_async != NULL ? type->tp_as_async->am_await : NULL;
    if (getter == NULL)
        return PyErr_Format(PyExc_TypeError, "object %.100s can't be used in 'await' expression",
                            type->tp_name);
    PyObject *it = getter(o);
    if (it == NULL)
        return NULL;
    // PEP 492: __await__ must return an iterator, not another awaitable.
    if (PyCoro_CheckExact(it) || is_iterable_coroutine(it)) {
        PyErr_SetString(PyExc_TypeError, "__await__() returned a coroutine");
        Py_DECREF(it);
        return NULL;
    }
    if (!PyIter_Check(it)) {
        PyErr_Format(PyExc_TypeError, "__await__() returned non-iterator of type '%.100s'",
                     Py_TYPE(it)->tp_name);
        Py_DECREF(it);
        return NULL;
    }
    return it;
}

// ---- coroutine_wrapper: the iterator coroutine.__await__() returns ---------------------------

typedef struct {
    PyObject_HEAD
    PyGenObject *cw_coroutine; // strong
} CoroWrapper;

static PyObject *
coro_await(PyObject *coro)
{
    CoroWrapper *cw = PyObject_GC_New(CoroWrapper, &VmCoroWrapper_Type);
    if (cw == NULL)
        return NULL;
    cw->cw_coroutine = (PyGenObject *)Py_NewRef(coro);
    PyObject_GC_Track(cw);
    return (PyObject *)cw;
}

static void
cw_dealloc(PyObject *o)
{
    PyObject_GC_UnTrack(o);
    Py_CLEAR(((CoroWrapper *)o)->cw_coroutine);
    Py_TYPE(o)->tp_free(o);
}

static int
cw_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((CoroWrapper *)o)->cw_coroutine);
    return 0;
}

static PyObject *
cw_iter(PyObject *o)
{
    return Py_NewRef(o);
}

// next() on the wrapper resumes the coroutine; its return value becomes StopIteration's.
static PyObject *
cw_iternext(PyObject *o)
{
    PyGenObject *coro = ((CoroWrapper *)o)->cw_coroutine;
    PyObject *result;
    if (vm_gen_send_ex2(coro, NULL, &result, 0, 0) == PYGEN_RETURN) {
        if (result != Py_None)
            vm_gen_set_stop_iteration_value(result);
        Py_CLEAR(result);
    }
    return result;
}

static PyObject *
cw_send(PyObject *o, PyObject *arg)
{
    return vm_gen_send_method((PyObject *)((CoroWrapper *)o)->cw_coroutine, arg);
}

static PyObject *
cw_throw(PyObject *o, PyObject *const *args, Py_ssize_t nargs)
{
    return vm_gen_throw_method((PyObject *)((CoroWrapper *)o)->cw_coroutine, args, nargs);
}

static PyObject *
cw_close(PyObject *o, PyObject *unused)
{
    return vm_gen_close(((CoroWrapper *)o)->cw_coroutine);
}

static PyMethodDef cw_methods[] = {
    {"send", cw_send, METH_O,
     "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", (PyCFunction)(void (*)(void))cw_throw, METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next "
     "iterated value or raise\nStopIteration."},
    {"close", cw_close, METH_NOARGS, "close() -> raise GeneratorExit inside coroutine."},
    {NULL, NULL, 0, NULL},
};

PyTypeObject VmCoroWrapper_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "coroutine_wrapper",
    .tp_basicsize = sizeof(CoroWrapper),
    .tp_dealloc = cw_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "A wrapper object implementing __await__ for coroutines.",
    .tp_traverse = cw_traverse,
    .tp_iter = cw_iter,
    .tp_iternext = cw_iternext,
    .tp_methods = cw_methods,
    .tp_free = PyObject_GC_Del,
};

// ---- the coroutine type -----------------------------------------------------------------------

static PyObject *
coro_get_origin(PyObject *self, void *closure)
{
    // Origin tracking (sys.set_coroutine_origin_tracking_depth) is off, as by default.
    return Py_NewRef(Py_None);
}

static PyGetSetDef coro_getset[] = {
    {"__name__", vm_gen_get_name, vm_gen_set_name, "name of the coroutine", NULL},
    {"__qualname__", vm_gen_get_qualname, vm_gen_set_qualname, "qualified name of the coroutine",
     NULL},
    {"cr_await", vm_gen_get_yieldfrom, NULL, "object being awaited on, or None", NULL},
    {"cr_running", vm_gen_get_running, NULL, NULL, NULL},
    {"cr_frame", vm_gen_get_frame, NULL, NULL, NULL},
    {"cr_code", vm_gen_get_code, NULL, NULL, NULL},
    {"cr_suspended", vm_gen_get_suspended, NULL, NULL, NULL},
    {"cr_origin", coro_get_origin, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMethodDef coro_methods[] = {
    {"send", vm_gen_send_method, METH_O,
     "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", (PyCFunction)(void (*)(void))vm_gen_throw_method, METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next "
     "iterated value or raise\nStopIteration."},
    {"close", vm_gen_close_method, METH_NOARGS, "close() -> raise GeneratorExit inside coroutine."},
    {NULL, NULL, 0, NULL},
};

static PyAsyncMethods coro_as_async = {
    .am_await = coro_await,
};

PyTypeObject PyCoro_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "coroutine",
    .tp_basicsize = offsetof(PyGenObject, gi_iframe),
    .tp_weaklistoffset = offsetof(PyGenObject, gi_weakreflist),
    .tp_itemsize = sizeof(PyObject *),
    .tp_dealloc = vm_gen_dealloc,
    .tp_as_async = &coro_as_async,
    .tp_repr = vm_gen_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = vm_gen_traverse,
    .tp_methods = coro_methods,
    .tp_getset = coro_getset,
    .tp_free = PyObject_GC_Del,
    .tp_finalize = vm_gen_finalize,
};
