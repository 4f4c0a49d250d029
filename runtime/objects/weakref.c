// weakref.c: weak references. A weakly referenceable object keeps, at its type's
// tp_weaklistoffset, the head of a doubly linked list of the references to it; the basic
// reference (no callback) comes first, then the basic proxy, then the others newest first,
// as in CPython, which decides the order callbacks run in. `ref` objects are here, proxies
// in weakref_proxy.c.
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/genericalias.h"
#include "runtime/objects/weakref.h"

static PyWeakReference **
list_ptr(PyObject *o)
{
    return (PyWeakReference **)((char *)o + Py_TYPE(o)->tp_weaklistoffset);
}

PyWeakReference *
rt_weakref_head(PyObject *o)
{
    return PyType_SUPPORTS_WEAKREFS(Py_TYPE(o)) ? *list_ptr(o) : NULL;
}

// ---- the list --------------------------------------------------------------------------------

static void
unlink_ref(PyWeakReference *self)
{
    PyObject *o = self->wr_object;
    if (o == Py_None)
        return;
    PyWeakReference **list = list_ptr(o);
    if (*list == self)
        *list = self->wr_next;
    if (self->wr_prev != NULL)
        self->wr_prev->wr_next = self->wr_next;
    if (self->wr_next != NULL)
        self->wr_next->wr_prev = self->wr_prev;
    self->wr_prev = self->wr_next = NULL;
    self->wr_object = Py_None;
}

void
rt_weakref_clear(PyWeakReference *self)
{
    unlink_ref(self);
}

static void
insert_head(PyWeakReference *self, PyWeakReference **list)
{
    PyWeakReference *next = *list;
    self->wr_prev = NULL;
    self->wr_next = next;
    if (next != NULL)
        next->wr_prev = self;
    *list = self;
}

static void
insert_after(PyWeakReference *self, PyWeakReference *prev)
{
    self->wr_prev = prev;
    self->wr_next = prev->wr_next;
    if (prev->wr_next != NULL)
        prev->wr_next->wr_prev = self;
    prev->wr_next = self;
}

// The basic reference and basic proxy at the head of a list (those without callbacks, of the
// exact types), or NULL.
static void
get_basic_refs(PyWeakReference *head, PyWeakReference **ref, PyWeakReference **proxy)
{
    *ref = *proxy = NULL;
    if (head != NULL && head->wr_callback == NULL && Py_IS_TYPE(head, &rt_weakref_ref_type)) {
        *ref = head;
        head = head->wr_next;
    }
    if (head != NULL && head->wr_callback == NULL && PyWeakref_CheckProxy(head))
        *proxy = head;
}

Py_ssize_t
rt_weakref_count(PyObject *o)
{
    Py_ssize_t n = 0;
    for (PyWeakReference *r = rt_weakref_head(o); r != NULL; r = r->wr_next)
        n++;
    return n;
}

PyObject *
rt_weakref_list(PyObject *o)
{
    PyObject *list = PyList_New(0);
    for (PyWeakReference *r = rt_weakref_head(o); list != NULL && r != NULL; r = r->wr_next)
        if (PyList_Append(list, (PyObject *)r) < 0)
            Py_CLEAR(list);
    return list;
}

// ---- making references -----------------------------------------------------------------------

// A new reference of type `type` to ob, or the existing basic one when that is what is asked.
static PyObject *
new_ref(PyTypeObject *type, PyObject *ob, PyObject *callback)
{
    if (!PyType_SUPPORTS_WEAKREFS(Py_TYPE(ob))) {
        PyErr_Format(PyExc_TypeError, "cannot create weak reference to '%s' object",
                     Py_TYPE(ob)->tp_name);
        return NULL;
    }
    if (callback == Py_None)
        callback = NULL;
    PyWeakReference **list = list_ptr(ob), *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    int basic = callback == NULL && (type == &rt_weakref_ref_type || type == &rt_weakref_proxy_type ||
                                     type == &rt_weakref_callable_proxy_type);
    if (basic && type == &rt_weakref_ref_type && ref != NULL)
        return Py_NewRef(ref);
    if (basic && type != &rt_weakref_ref_type && proxy != NULL)
        return Py_NewRef(proxy);
    PyWeakReference *self = (PyWeakReference *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->hash = -1;
    self->wr_object = ob;
    self->wr_callback = Py_XNewRef(callback);
    // Allocation may have run the collector, which may have made new basic references.
    get_basic_refs(*list, &ref, &proxy);
    if (basic && type == &rt_weakref_ref_type)
        insert_head(self, list);
    else if (basic)
        ref != NULL ? insert_after(self, ref) : insert_head(self, list);
    else if ((proxy != NULL ? proxy : ref) != NULL)
        insert_after(self, proxy != NULL ? proxy : ref);
    else
        insert_head(self, list);
    PyObject_GC_Track(self);
    return (PyObject *)self;
}

PyObject *
PyWeakref_NewRef(PyObject *ob, PyObject *callback)
{
    return new_ref(&rt_weakref_ref_type, ob, callback);
}

PyObject *
PyWeakref_NewProxy(PyObject *ob, PyObject *callback)
{
    PyTypeObject *type =
        PyCallable_Check(ob) ? &rt_weakref_callable_proxy_type : &rt_weakref_proxy_type;
    return new_ref(type, ob, callback);
}

PyObject *
PyWeakref_GetObject(PyObject *ref)
{
    if (ref == NULL || !PyWeakref_Check(ref)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return ((PyWeakReference *)ref)->wr_object;
}

// ---- clearing when the referent dies -------------------------------------------------------------

static void
handle_callback(PyWeakReference *ref, PyObject *callback)
{
    PyObject *r = PyObject_CallOneArg(callback, (PyObject *)ref);
    if (r == NULL)
        PyErr_WriteUnraisable(callback);
    Py_XDECREF(r);
}

void
PyObject_ClearWeakRefs(PyObject *o)
{
    if (o == NULL || !PyType_SUPPORTS_WEAKREFS(Py_TYPE(o)) || Py_REFCNT(o) != 0) {
        PyErr_BadInternalCall();
        return;
    }
    PyWeakReference **list = list_ptr(o);
    // The basic reference and proxy have no callbacks to run.
    for (int i = 0; i < 2 && *list != NULL && (*list)->wr_callback == NULL; i++)
        unlink_ref(*list);
    if (*list == NULL)
        return;
    PyObject *saved = PyErr_GetRaisedException();
    // Clear every reference before any callback runs, keeping the live ones meanwhile.
    Py_ssize_t n = rt_weakref_count(o);
    PyObject *pairs = PyTuple_New(n * 2);
    if (pairs == NULL) {
        PyErr_WriteUnraisable(NULL);
        while (*list != NULL)
            unlink_ref(*list);
        PyErr_SetRaisedException(saved);
        return;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyWeakReference *ref = *list;
        if (Py_REFCNT(ref) > 0) {
            PyTuple_SET_ITEM(pairs, i * 2, Py_NewRef(ref));
            PyTuple_SET_ITEM(pairs, i * 2 + 1, ref->wr_callback); // takes its reference
        } else {
            Py_XDECREF(ref->wr_callback);
        }
        ref->wr_callback = NULL;
        unlink_ref(ref);
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *callback = PyTuple_GET_ITEM(pairs, i * 2 + 1);
        if (callback != NULL)
            handle_callback((PyWeakReference *)PyTuple_GET_ITEM(pairs, i * 2), callback);
    }
    Py_DECREF(pairs);
    PyErr_SetRaisedException(saved);
}

// ---- the ref type -----------------------------------------------------------------------------

static int
ref_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((PyWeakReference *)self)->wr_callback);
    return 0;
}

static int
ref_clear(PyObject *self)
{
    unlink_ref((PyWeakReference *)self);
    Py_CLEAR(((PyWeakReference *)self)->wr_callback);
    return 0;
}

static void
ref_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    ref_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
ref_call(PyObject *self, PyObject *args, PyObject *kwargs)
{
    if (kwargs != NULL && PyDict_GET_SIZE(kwargs) != 0) {
        PyErr_SetString(PyExc_TypeError, "weakref() takes no keyword arguments");
        return NULL;
    }
    if (!rt_call_check_positional("weakref", PyTuple_GET_SIZE(args), 0, 0))
        return NULL;
    return Py_NewRef(((PyWeakReference *)self)->wr_object);
}

static PyObject *
ref_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    (void)kwargs;
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (!rt_call_check_positional("__new__", n, 1, 2))
        return NULL;
    return new_ref(type, PyTuple_GET_ITEM(args, 0), n > 1 ? PyTuple_GET_ITEM(args, 1) : NULL);
}

static int
ref_init(PyObject *self, PyObject *args, PyObject *kwargs)
{
    (void)self;
    // Only the base __init__ refuses keywords: subclasses may take their own in __init__.
    if (!rt_arg_no_keywords("ref", kwargs))
        return -1;
    return rt_call_check_positional("__init__", PyTuple_GET_SIZE(args), 1, 2) ? 0 : -1;
}

static Py_hash_t
ref_hash(PyObject *o)
{
    PyWeakReference *self = (PyWeakReference *)o;
    if (self->hash != -1)
        return self->hash;
    if (self->wr_object == Py_None) {
        PyErr_SetString(PyExc_TypeError, "weak object has gone away");
        return -1;
    }
    PyObject *referent = Py_NewRef(self->wr_object);
    self->hash = PyObject_Hash(referent);
    Py_DECREF(referent);
    return self->hash;
}

static PyObject *
ref_repr(PyObject *o)
{
    PyWeakReference *self = (PyWeakReference *)o;
    if (self->wr_object == Py_None)
        return PyUnicode_FromFormat("<weakref at %p; dead>", (void *)self);
    PyObject *referent = Py_NewRef(self->wr_object), *name;
    if (rt_object_lookup_attr(referent, PyUnicode_InternFromString("__name__"), &name) < 0) {
        Py_DECREF(referent);
        return NULL;
    }
    PyObject *r =
        name != NULL && PyUnicode_Check(name)
            ? PyUnicode_FromFormat("<weakref at %p; to '%s' at %p (%U)>", (void *)self,
                                   Py_TYPE(referent)->tp_name, (void *)referent, name)
            : PyUnicode_FromFormat("<weakref at %p; to '%s' at %p>", (void *)self,
                                   Py_TYPE(referent)->tp_name, (void *)referent);
    Py_XDECREF(name);
    Py_DECREF(referent);
    return r;
}

// Two live references compare as their referents do; otherwise by identity.
static PyObject *
ref_richcompare(PyObject *a, PyObject *b, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !PyWeakref_CheckRef(a) || !PyWeakref_CheckRef(b))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *oa = ((PyWeakReference *)a)->wr_object, *ob = ((PyWeakReference *)b)->wr_object;
    if (oa == Py_None || ob == Py_None) {
        int same = (a == b) == (op == Py_EQ);
        return PyBool_FromLong(same);
    }
    Py_INCREF(oa);
    Py_INCREF(ob);
    PyObject *r = PyObject_RichCompare(oa, ob, op);
    Py_DECREF(oa);
    Py_DECREF(ob);
    return r;
}

static PyMemberDef ref_members[] = {
    {"__callback__", T_OBJECT, offsetof(PyWeakReference, wr_callback), READONLY, NULL},
    {NULL},
};

// weakref.ref[T] is a generic alias, as for the containers.
static PyMethodDef ref_methods[] = {
    RT_CLASS_GETITEM_METHOD,
    {NULL, NULL, 0, NULL},
};

PyTypeObject rt_weakref_ref_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "weakref.ReferenceType",
    .tp_basicsize = sizeof(PyWeakReference),
    .tp_dealloc = ref_dealloc,
    .tp_call = ref_call,
    .tp_repr = ref_repr,
    .tp_hash = ref_hash,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_traverse = ref_traverse,
    .tp_clear = ref_clear,
    .tp_richcompare = ref_richcompare,
    .tp_members = ref_members,
    .tp_methods = ref_methods,
    .tp_init = ref_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = ref_new,
    .tp_free = PyObject_GC_Del,
};
