// builtins_async.c: the asynchronous iteration builtins aiter() and anext(), and the
// anext_awaitable type anext(aiterator, default) returns, which turns the end of the
// iteration into the default value. Async generators themselves are in genobject_async.c.
#include "runtime/call.h"
#include "runtime/objects/descr.h"
#include "vm/builtins.h"
#include "vm/builtins_internal.h"
#include "vm/genobject.h"

PyObject *
vm_builtin_aiter(PyObject *self, PyObject *o)
{
    PyTypeObject *type = Py_TYPE(o);
    if (type->tp_as_async == NULL || type->tp_as_async->am_aiter == NULL)
        return PyErr_Format(PyExc_TypeError, "'%.200s' object is not an async iterable",
                            type->tp_name);
    PyObject *it = type->tp_as_async->am_aiter(o);
    if (it == NULL)
        return NULL;
    PyTypeObject *it_type = Py_TYPE(it);
    if (it_type->tp_as_async == NULL || it_type->tp_as_async->am_anext == NULL) {
        PyErr_Format(PyExc_TypeError, "aiter() returned not an async iterator of type '%.100s'",
                     it_type->tp_name);
        Py_DECREF(it);
        return NULL;
    }
    return it;
}

// ---- anext_awaitable ----------------------------------------------------------------------------

typedef struct {
    PyObject_HEAD
    PyObject *wrapped;       // what __anext__() returned (strong)
    PyObject *default_value; // strong
} AnextAwaitable;

static void
anext_dealloc(PyObject *self)
{
    AnextAwaitable *o = (AnextAwaitable *)self;
    PyObject_GC_UnTrack(self);
    Py_CLEAR(o->wrapped);
    Py_CLEAR(o->default_value);
    Py_TYPE(self)->tp_free(self);
}

static int
anext_traverse(PyObject *self, visitproc visit, void *arg)
{
    AnextAwaitable *o = (AnextAwaitable *)self;
    Py_VISIT(o->wrapped);
    Py_VISIT(o->default_value);
    return 0;
}

// The iterator behind the wrapped awaitable: an async generator's asend object is one
// already; a coroutine (from an `async def __anext__`) is driven through its __await__().
static PyObject *
anext_get_iter(AnextAwaitable *o)
{
    PyObject *awaitable = vm_coro_get_awaitable_iter(o->wrapped);
    if (awaitable == NULL || Py_TYPE(awaitable)->tp_iternext != NULL)
        return awaitable;
    PyObject *it = Py_TYPE(awaitable)->tp_as_async->am_await(awaitable);
    Py_DECREF(awaitable);
    if (it != NULL && !PyIter_Check(it)) {
        PyErr_SetString(PyExc_TypeError, "__await__ returned a non-iterable");
        Py_CLEAR(it);
    }
    return it;
}

// The end of the async iteration completes this awaitable with the default value.
static PyObject *
anext_default_on_stop(AnextAwaitable *o, PyObject *result)
{
    if (result == NULL && PyErr_ExceptionMatches(PyExc_StopAsyncIteration))
        vm_gen_set_stop_iteration_value(o->default_value);
    return result;
}

static PyObject *
anext_iternext(PyObject *self)
{
    AnextAwaitable *o = (AnextAwaitable *)self;
    PyObject *it = anext_get_iter(o);
    if (it == NULL)
        return NULL;
    PyObject *r = Py_TYPE(it)->tp_iternext(it);
    Py_DECREF(it);
    return anext_default_on_stop(o, r);
}

// Call the iterator's method `name` with args, passing the end on as the default value.
static PyObject *
anext_proxy(AnextAwaitable *o, const char *name, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *it = anext_get_iter(o);
    if (it == NULL)
        return NULL;
    PyObject *meth = PyObject_GetAttrString(it, name);
    Py_DECREF(it);
    if (meth == NULL)
        return NULL;
    PyObject *r = PyObject_Vectorcall(meth, args, (size_t)nargs, NULL);
    Py_DECREF(meth);
    return anext_default_on_stop(o, r);
}

static PyObject *
anext_send(PyObject *self, PyObject *arg)
{
    return anext_proxy((AnextAwaitable *)self, "send", &arg, 1);
}

static PyObject *
anext_throw(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    return anext_proxy((AnextAwaitable *)self, "throw", args, nargs);
}

static PyObject *
anext_close(PyObject *self, PyObject *unused)
{
    return anext_proxy((AnextAwaitable *)self, "close", NULL, 0);
}

static PyObject *
anext_self(PyObject *self)
{
    return Py_NewRef(self);
}

static PyMethodDef anext_methods[] = {
    {"send", anext_send, METH_O,
     "send(arg) -> send 'arg' into the wrapped iterator,\nreturn "
     "next yielded value or raise StopIteration."},
    {"throw", (PyCFunction)(void (*)(void))anext_throw, METH_FASTCALL,
     "throw(value)\nthrow(typ[,val[,tb]])\n\nraise exception in the wrapped iterator, return "
     "next yielded value\nor raise StopIteration."},
    {"close", anext_close, METH_NOARGS, "close()\n\nClose the iterator."},
    {NULL, NULL, 0, NULL},
};

static PyAsyncMethods anext_as_async = {
    .am_await = anext_self,
};

PyTypeObject VmAnextAwaitable_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "anext_awaitable",
    .tp_basicsize = sizeof(AnextAwaitable),
    .tp_dealloc = anext_dealloc,
    .tp_as_async = &anext_as_async,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = anext_traverse,
    .tp_iter = anext_self,
    .tp_iternext = anext_iternext,
    .tp_methods = anext_methods,
    .tp_free = PyObject_GC_Del,
};

PyObject *
vm_builtin_anext(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!rt_call_check_positional("anext", nargs, 1, 2))
        return NULL;
    PyTypeObject *type = Py_TYPE(args[0]);
    if (type->tp_as_async == NULL || type->tp_as_async->am_anext == NULL)
        return PyErr_Format(PyExc_TypeError, "'%.200s' object is not an async iterator",
                            type->tp_name);
    PyObject *awaitable = type->tp_as_async->am_anext(args[0]);
    if (awaitable == NULL || nargs == 1)
        return awaitable;
    AnextAwaitable *o = PyObject_GC_New(AnextAwaitable, &VmAnextAwaitable_Type);
    if (o == NULL) {
        Py_DECREF(awaitable);
        return NULL;
    }
    o->wrapped = awaitable;
    o->default_value = Py_NewRef(args[1]);
    PyObject_GC_Track(o);
    return (PyObject *)o;
}
