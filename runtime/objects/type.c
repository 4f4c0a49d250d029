// type.c: the `type` type: readying types (slot inheritance, bases, MRO, version tags),
// instance allocation, and calling a type to make an instance. Type dicts, attribute lookup
// and type's attributes are in typeattr.c and type_attrs.c; making classes (type(name, bases,
// ns)), their C3 MROs and their slot dispatchers in type_new.c, type_heap.c, typeslots*.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/typeattr.h"

static unsigned int next_version_tag = 1;

const char *
rt_type_name(PyTypeObject *t)
{
    const char *dot = strrchr(t->tp_name, '.');
    return dot != NULL ? dot + 1 : t->tp_name;
}

static int
modified_subclass(PyTypeObject *sub, void *arg)
{
    rt_type_modified(sub);
    return 0;
}

void
rt_type_modified(PyTypeObject *t)
{
    // A subclass finds attributes through t, so what caches know about it is stale too.
    t->tp_version_tag = next_version_tag++;
    rt_type_each_subclass(t, modified_subclass, NULL);
}

int
PyType_IsSubtype(PyTypeObject *a, PyTypeObject *b)
{
    if (a == b)
        return 1;
    PyObject *mro = a->tp_mro;
    if (mro != NULL) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(mro); i++) {
            if (PyTuple_GET_ITEM(mro, i) == (PyObject *)b)
                return 1;
        }
        return 0;
    }
    for (a = a->tp_base; a != NULL; a = a->tp_base) {
        if (a == b)
            return 1;
    }
    return b == &PyBaseObject_Type;
}

PyObject *
PyType_GenericAlloc(PyTypeObject *t, Py_ssize_t nitems)
{
    // The dict of a variable-size instance sits at the first pointer-aligned offset after
    // the items (rt_object_dict_ptr): reserve the padding up to it, as CPython rounds the
    // size of variable-size objects.
    Py_ssize_t pad = 0;
    if (t->tp_itemsize && t->tp_dictoffset < 0 && nitems >= 0)
        pad = ((Py_ssize_t)sizeof(void *) - 1 + t->tp_itemsize - 1) / t->tp_itemsize;
    PyObject *o;
    if (PyType_HasFeature(t, Py_TPFLAGS_HAVE_GC)) {
        o = t->tp_itemsize ? rt_gc_new_var(t, nitems + pad) : rt_gc_new(t);
        if (o != NULL && t->tp_itemsize)
            Py_SET_SIZE(o, nitems);
        return o;
    }
    size_t size = (size_t)t->tp_basicsize;
    if (t->tp_itemsize) {
        if (nitems < 0 || (size_t)(nitems + pad) > (PY_SSIZE_T_MAX - size) / (size_t)t->tp_itemsize)
            return PyErr_NoMemory();
        size += (size_t)(nitems + pad) * (size_t)t->tp_itemsize;
    }
    o = PyObject_Calloc(1, size);
    if (o == NULL)
        return PyErr_NoMemory();
    rt_new_reference(o);
    o->ob_type = t;
    if (t->tp_itemsize)
        Py_SET_SIZE(o, nitems);
    if (PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE))
        Py_INCREF(t);
    return o;
}

PyObject *
PyType_GenericNew(PyTypeObject *t, PyObject *args, PyObject *kwds)
{
    return t->tp_alloc(t, 0);
}

// Copy each slot the subtype leaves NULL from its base. Slot tables (tp_as_number ...) are
// inherited whole when missing and slot by slot when both types have one.
#define INHERIT(field)                                                                         \
    do {                                                                                       \
        if (t->field == NULL)                                                                  \
            t->field = base->field;                                                            \
    } while (0)

#define FAST_SUBCLASS_FLAGS                                                                    \
    (Py_TPFLAGS_LONG_SUBCLASS | Py_TPFLAGS_LIST_SUBCLASS | Py_TPFLAGS_TUPLE_SUBCLASS |         \
     Py_TPFLAGS_BYTES_SUBCLASS | Py_TPFLAGS_UNICODE_SUBCLASS | Py_TPFLAGS_DICT_SUBCLASS |      \
     Py_TPFLAGS_BASE_EXC_SUBCLASS | Py_TPFLAGS_TYPE_SUBCLASS)

static void
inherit_number_slots(PyNumberMethods *n, const PyNumberMethods *b)
{
    // PyNumberMethods is an array of function pointers in all but name.
    void **dst = (void **)n;
    void *const *src = (void *const *)b;
    for (size_t i = 0; i < sizeof *n / sizeof(void *); i++) {
        if (dst[i] == NULL)
            dst[i] = src[i];
    }
}

static void
inherit_slots(PyTypeObject *t, PyTypeObject *base)
{
    // A subtype that adds no fields has its base's layout.
    if (t->tp_basicsize == 0)
        t->tp_basicsize = base->tp_basicsize;
    if (t->tp_itemsize == 0)
        t->tp_itemsize = base->tp_itemsize;
    if (t->tp_as_number == NULL)
        t->tp_as_number = base->tp_as_number;
    else if (base->tp_as_number != NULL)
        inherit_number_slots(t->tp_as_number, base->tp_as_number);
    if (t->tp_as_sequence == NULL)
        t->tp_as_sequence = base->tp_as_sequence;
    if (t->tp_as_mapping == NULL)
        t->tp_as_mapping = base->tp_as_mapping;
    INHERIT(tp_dealloc);
    INHERIT(tp_repr);
    INHERIT(tp_str);
    INHERIT(tp_getattro);
    INHERIT(tp_setattro);
    INHERIT(tp_call);
    INHERIT(tp_iter);
    INHERIT(tp_iternext);
    INHERIT(tp_descr_get);
    INHERIT(tp_descr_set);
    INHERIT(tp_init);
    INHERIT(tp_alloc);
    INHERIT(tp_is_gc);
    INHERIT(tp_finalize);
    if (t->tp_dictoffset == 0)
        t->tp_dictoffset = base->tp_dictoffset;
    if (t->tp_weaklistoffset == 0)
        t->tp_weaklistoffset = base->tp_weaklistoffset;
    // Hash and comparison go together: a type that defines how to compare must say how
    // to hash, else it is unhashable (as CPython's __eq__ without __hash__).
    if (t->tp_richcompare == NULL && t->tp_hash == NULL) {
        t->tp_richcompare = base->tp_richcompare;
        t->tp_hash = base->tp_hash;
    }
    if (!PyType_HasFeature(t, Py_TPFLAGS_DISALLOW_INSTANTIATION))
        INHERIT(tp_new);
    if (PyType_HasFeature(t, Py_TPFLAGS_HAVE_GC) == PyType_HasFeature(base, Py_TPFLAGS_HAVE_GC))
        INHERIT(tp_free);
    if (PyType_HasFeature(base, Py_TPFLAGS_HAVE_GC) && !PyType_HasFeature(t, Py_TPFLAGS_HAVE_GC)
        && t->tp_traverse == NULL && t->tp_clear == NULL) {
        t->tp_flags |= Py_TPFLAGS_HAVE_GC;
        t->tp_traverse = base->tp_traverse;
        t->tp_clear = base->tp_clear;
    }
    // The fast subclass bits (LONG_SUBCLASS ... TYPE_SUBCLASS) pass down.
    t->tp_flags |= base->tp_flags & FAST_SUBCLASS_FLAGS;
}

// Fill the NULL entries of a method table (an array of function pointers in all but name).
static void
inherit_table(void *dst, const void *src, size_t size)
{
    void **d = dst;
    void *const *s = src;
    for (size_t i = 0; i < size / sizeof(void *); i++) {
        if (d[i] == NULL)
            d[i] = s[i];
    }
}

// True if the class's own dict defines __eq__ or __hash__: then it does not inherit hashing.
static int
overrides_hash(PyTypeObject *t)
{
    PyObject *eq = PyUnicode_InternFromString("__eq__"), *hash = PyUnicode_InternFromString("__hash__");
    if (eq == NULL || hash == NULL)
        return -1;
    int r = PyDict_Contains(t->tp_dict, eq);
    return r != 0 ? r : PyDict_Contains(t->tp_dict, hash);
}

// The C slots a class takes from one class of its MRO (the first to have each wins).
static void
inherit_functions(PyTypeObject *t, PyTypeObject *base, int hash_overridden)
{
    if (base->tp_as_number != NULL)
        inherit_table(t->tp_as_number, base->tp_as_number, sizeof(PyNumberMethods));
    if (base->tp_as_sequence != NULL)
        inherit_table(t->tp_as_sequence, base->tp_as_sequence, sizeof(PySequenceMethods));
    if (base->tp_as_mapping != NULL)
        inherit_table(t->tp_as_mapping, base->tp_as_mapping, sizeof(PyMappingMethods));
    if (base->tp_as_async != NULL)
        inherit_table(t->tp_as_async, base->tp_as_async, sizeof(PyAsyncMethods));
    INHERIT(tp_repr);
    INHERIT(tp_str);
    INHERIT(tp_getattro);
    INHERIT(tp_setattro);
    INHERIT(tp_call);
    INHERIT(tp_iter);
    INHERIT(tp_iternext);
    INHERIT(tp_descr_get);
    INHERIT(tp_descr_set);
    INHERIT(tp_init);
    INHERIT(tp_is_gc);
    INHERIT(tp_finalize);
    if (!hash_overridden && t->tp_richcompare == NULL && t->tp_hash == NULL) {
        t->tp_richcompare = base->tp_richcompare;
        t->tp_hash = base->tp_hash;
    }
}

// A class (heap type) gets its layout, constructor and kind from tp_base, its other slots
// from the classes of its MRO in order; the dunders found along the MRO then replace them
// (rt_type_fixup_slots, once the class is ready).
static int
inherit_heap(PyTypeObject *t)
{
    PyTypeObject *base = t->tp_base;
    if (t->tp_dictoffset == 0)
        t->tp_dictoffset = base->tp_dictoffset;
    if (t->tp_weaklistoffset == 0)
        t->tp_weaklistoffset = base->tp_weaklistoffset;
    INHERIT(tp_new);
    t->tp_flags |= base->tp_flags & FAST_SUBCLASS_FLAGS;
    int overridden = overrides_hash(t);
    if (overridden < 0)
        return -1;
    PyObject *mro = t->tp_mro;
    for (Py_ssize_t i = 1; i < PyTuple_GET_SIZE(mro); i++) {
        PyTypeObject *b = (PyTypeObject *)PyTuple_GET_ITEM(mro, i);
        if (PyType_Ready(b) < 0)
            return -1;
        inherit_functions(t, b, overridden);
    }
    return 0;
}

static int
add_to_subclass_lists(PyTypeObject *t)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(t->tp_bases); i++) {
        PyObject *b = PyTuple_GET_ITEM(t->tp_bases, i);
        if (PyType_Check(b) && rt_type_add_subclass((PyTypeObject *)b, t) < 0)
            return -1;
    }
    return 0;
}

// (t,) + base.__mro__ for single inheritance.
static PyObject *
linear_mro(PyTypeObject *t)
{
    PyObject *base_mro = t->tp_base ? t->tp_base->tp_mro : NULL;
    Py_ssize_t n = base_mro ? PyTuple_GET_SIZE(base_mro) : 0;
    PyObject *mro = PyTuple_New(n + 1);
    if (mro == NULL)
        return NULL;
    PyTuple_SET_ITEM(mro, 0, Py_NewRef(t));
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(mro, i + 1, Py_NewRef(PyTuple_GET_ITEM(base_mro, i)));
    return mro;
}

int
PyType_Ready(PyTypeObject *t)
{
    if (PyType_HasFeature(t, Py_TPFLAGS_READY))
        return 0;
    if (PyType_HasFeature(t, Py_TPFLAGS_READYING))
        Py_FatalError("PyType_Ready: type readied recursively");
    t->tp_flags |= Py_TPFLAGS_READYING;
    if (Py_TYPE(t) == NULL)
        Py_SET_TYPE(t, &PyType_Type);
    if (t->tp_base == NULL && t != &PyBaseObject_Type)
        t->tp_base = &PyBaseObject_Type;
    PyTypeObject *base = t->tp_base;
    if (base != NULL && PyType_Ready(base) < 0)
        goto fail;
    if (!PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE)) {
        t->tp_flags |= Py_TPFLAGS_IMMUTABLETYPE;
        // A C type deriving straight from object does not inherit object.__new__: calling
        // it would skip the invariants its own constructor keeps (as in CPython).
        if (t->tp_new == NULL && base == &PyBaseObject_Type)
            t->tp_flags |= Py_TPFLAGS_DISALLOW_INSTANTIATION;
    }
    // The dict sees only the slots t defines itself, so it is built before inheriting.
    if (rt_type_ready_dict(t) < 0)
        goto fail;
    if (t->tp_bases == NULL) {
        t->tp_bases = base ? PyTuple_Pack(1, (PyObject *)base) : PyTuple_New(0);
        if (t->tp_bases == NULL)
            goto fail;
    }
    int heap = PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE) && t->tp_mro == NULL;
    if (heap) {
        if (rt_type_mro_internal(t) < 0 || inherit_heap(t) < 0)
            goto fail;
    }
    else if (base != NULL) {
        inherit_slots(t, base);
    }
    if (rt_type_ready_hash(t) < 0)
        goto fail;
    if (t->tp_free == NULL)
        t->tp_free = PyType_HasFeature(t, Py_TPFLAGS_HAVE_GC) ? PyObject_GC_Del : PyObject_Free;
    if (t->tp_mro == NULL) {
        t->tp_mro = linear_mro(t);
        if (t->tp_mro == NULL)
            goto fail;
    }
    if (heap && add_to_subclass_lists(t) < 0)
        goto fail;
    t->tp_version_tag = next_version_tag++;
    t->tp_flags = (t->tp_flags & ~Py_TPFLAGS_READYING) | Py_TPFLAGS_READY |
                  Py_TPFLAGS_VALID_VERSION_TAG;
    return 0;
fail:
    t->tp_flags &= ~Py_TPFLAGS_READYING;
    return -1;
}

static PyObject *
type_repr(PyObject *o)
{
    PyTypeObject *t = (PyTypeObject *)o;
    if (!PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE))
        return PyUnicode_FromFormat("<class '%s'>", t->tp_name);
    PyObject *name = rt_type_display_name(t);
    if (name == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("<class '%U'>", name);
    Py_DECREF(name);
    return r;
}

// Calling a type: type(x) gives x's type; otherwise tp_new, then tp_init if the result is an
// instance of the type.
static PyObject *
type_call(PyObject *callable, PyObject *args, PyObject *kwds)
{
    PyTypeObject *t = (PyTypeObject *)callable;
    if (t == &PyType_Type) {
        Py_ssize_t nargs = PyTuple_GET_SIZE(args);
        if (nargs == 1 && (kwds == NULL || PyDict_GET_SIZE(kwds) == 0))
            return Py_NewRef(Py_TYPE(PyTuple_GET_ITEM(args, 0)));
        if (nargs != 3) {
            PyErr_SetString(PyExc_TypeError, "type() takes 1 or 3 arguments");
            return NULL;
        }
    }
    if (t->tp_new == NULL) {
        PyErr_Format(PyExc_TypeError, "cannot create '%s' instances", t->tp_name);
        return NULL;
    }
    PyObject *obj = t->tp_new(t, args, kwds);
    if (obj == NULL)
        return NULL;
    // Built-in constructors leave instances of classes with immutable bases (int, str ...)
    // untracked; a class instance may hold anything in its dict.
    if (PyType_HasFeature(Py_TYPE(obj), Py_TPFLAGS_HEAPTYPE) && PyObject_IS_GC(obj) &&
        !PyObject_GC_IsTracked(obj))
        PyObject_GC_Track(obj);
    if (!PyObject_TypeCheck(obj, t))
        return obj;
    t = Py_TYPE(obj);
    if (t->tp_init != NULL && t->tp_init(obj, args, kwds) < 0) {
        Py_DECREF(obj);
        return NULL;
    }
    return obj;
}

static int
type_init(PyObject *cls, PyObject *args, PyObject *kwds)
{
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (kwds != NULL && nargs == 1 && PyDict_GET_SIZE(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

// Classes are heap types laid out as PyHeapTypeObject, followed by the member descriptors
// of their __slots__ (tp_itemsize); only they are GC objects (rt_type_is_gc).
PyTypeObject PyType_Type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "type",
    .tp_basicsize = sizeof(PyHeapTypeObject),
    .tp_itemsize = sizeof(PyMemberDef),
    .tp_dealloc = rt_type_dealloc,
    .tp_repr = type_repr,
    .tp_call = type_call,
    .tp_getattro = rt_type_getattro,
    .tp_setattro = rt_type_setattro,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TYPE_SUBCLASS |
                Py_TPFLAGS_HAVE_GC,
    .tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .tp_traverse = rt_type_traverse,
    .tp_clear = rt_type_clear,
    .tp_weaklistoffset = offsetof(PyTypeObject, tp_weaklist),
    .tp_methods = rt_type_methods,
    .tp_members = rt_type_members,
    .tp_getset = rt_type_getsets,
    .tp_dictoffset = offsetof(PyTypeObject, tp_dict),
    .tp_init = type_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = rt_type_new,
    .tp_free = PyObject_GC_Del,
    .tp_is_gc = rt_type_is_gc,
};
