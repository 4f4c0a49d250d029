// thread_local.c: _thread._local (threading.local): an object whose attributes are
// per thread. Each object keeps a dict from thread ident to that thread's attribute dict;
// a thread's entries are removed when it exits (idents are reused), and a thread that first
// touches the object re-runs a subclass's __init__ with the constructor's arguments.
#include "modules/thread_internal.h"

typedef struct LocalObject {
    PyObject_HEAD
    PyObject *dicts;              // {ident: dict}
    PyObject *args, *kwargs;      // for __init__ in threads other than the creator's
    PyObject *weakreflist;
    struct LocalObject *next;     // every live local object, for thread exit
    struct LocalObject **pprev;
} LocalObject;

static LocalObject *all_locals; // touched only under the GIL

// The calling thread's attribute dict for self (borrowed), created (and __init__ run) on
// first use in this thread. NULL with an exception.
static PyObject *
local_dict(LocalObject *self)
{
    PyObject *key = PyLong_FromUnsignedLong(rt_thread_ident());
    if (key == NULL)
        return NULL;
    PyObject *d = PyDict_GetItemWithError(self->dicts, key);
    if (d != NULL || PyErr_Occurred()) {
        Py_DECREF(key);
        return d;
    }
    d = PyDict_New();
    int r = d != NULL ? PyDict_SetItem(self->dicts, key, d) : -1;
    Py_XDECREF(d); // the dicts entry keeps it
    if (r == 0 && Py_TYPE(self)->tp_init != PyBaseObject_Type.tp_init &&
        Py_TYPE(self)->tp_init((PyObject *)self, self->args, self->kwargs) < 0) {
        PyObject *exc = PyErr_GetRaisedException();
        if (PyDict_DelItem(self->dicts, key) < 0)
            PyErr_Clear();
        PyErr_SetRaisedException(exc);
        r = -1;
    }
    Py_DECREF(key);
    return r < 0 ? NULL : d;
}

static PyObject *
local_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    int has_args = PyTuple_GET_SIZE(args) > 0 || (kwargs != NULL && PyDict_GET_SIZE(kwargs) > 0);
    if (has_args && type->tp_init == PyBaseObject_Type.tp_init) {
        PyErr_SetString(PyExc_TypeError, "Initialization arguments are not supported");
        return NULL;
    }
    LocalObject *self = (LocalObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->args = Py_NewRef(args);
    self->kwargs = Py_XNewRef(kwargs);
    self->dicts = PyDict_New();
    if (self->dicts == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    self->next = all_locals;
    if (all_locals != NULL)
        all_locals->pprev = &self->next;
    self->pprev = &all_locals;
    all_locals = self;
    // The creating thread's dict exists from the start; tp_init runs next, as a call does.
    PyObject *key = PyLong_FromUnsignedLong(rt_thread_ident());
    PyObject *d = PyDict_New();
    int r = key && d ? PyDict_SetItem(self->dicts, key, d) : -1;
    Py_XDECREF(key);
    Py_XDECREF(d);
    if (r < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

static int
local_traverse(PyObject *o, visitproc visit, void *arg)
{
    LocalObject *self = (LocalObject *)o;
    Py_VISIT(self->dicts);
    Py_VISIT(self->args);
    Py_VISIT(self->kwargs);
    return 0;
}

static int
local_clear(PyObject *o)
{
    LocalObject *self = (LocalObject *)o;
    Py_CLEAR(self->dicts);
    Py_CLEAR(self->args);
    Py_CLEAR(self->kwargs);
    return 0;
}

static void
local_dealloc(PyObject *o)
{
    LocalObject *self = (LocalObject *)o;
    PyObject_GC_UnTrack(o);
    if (self->pprev != NULL) {
        *self->pprev = self->next;
        if (self->next != NULL)
            self->next->pprev = self->pprev;
    }
    if (self->weakreflist != NULL)
        PyObject_ClearWeakRefs(o);
    local_clear(o);
    Py_TYPE(o)->tp_free(o);
}

static int
is_dunder_dict(PyObject *name)
{
    return PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, "__dict__") == 0;
}

static PyObject *
local_getattro(PyObject *o, PyObject *name)
{
    PyObject *d = local_dict((LocalObject *)o);
    if (d == NULL)
        return NULL;
    if (is_dunder_dict(name))
        return Py_NewRef(d);
    return rt_object_generic_getattr(o, name, d, 0);
}

static int
local_setattro(PyObject *o, PyObject *name, PyObject *value)
{
    if (is_dunder_dict(name)) {
        PyErr_Format(PyExc_AttributeError, "'%s' object attribute '__dict__' is read-only",
                     Py_TYPE(o)->tp_name);
        return -1;
    }
    PyObject *d = local_dict((LocalObject *)o);
    if (d == NULL)
        return -1;
    return rt_object_generic_setattr(o, name, value, d);
}

void
rt_local_thread_exit(void)
{
    PyObject *key = PyLong_FromUnsignedLong(rt_thread_ident());
    if (key == NULL) {
        PyErr_Clear();
        return;
    }
    // Deleting a dict may run finalizers that create or free local objects: restart the walk
    // after each removal so the list is never followed through a freed node.
    int removed = 1;
    while (removed) {
        removed = 0;
        for (LocalObject *l = all_locals; l != NULL; l = l->next) {
            if (l->dicts == NULL || PyDict_GetItemWithError(l->dicts, key) == NULL)
                continue;
            if (PyDict_DelItem(l->dicts, key) < 0)
                PyErr_Clear();
            removed = 1;
            break;
        }
        PyErr_Clear();
    }
    Py_DECREF(key);
}

PyTypeObject rt_local_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "_thread._local",
    .tp_basicsize = sizeof(LocalObject),
    .tp_dealloc = local_dealloc,
    .tp_getattro = local_getattro,
    .tp_setattro = local_setattro,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_doc = "Thread-local data",
    .tp_traverse = local_traverse,
    .tp_clear = local_clear,
    .tp_weaklistoffset = offsetof(LocalObject, weakreflist),
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = local_new,
    .tp_free = PyObject_GC_Del,
};
