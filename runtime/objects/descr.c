// descr.c: what all descriptors share, and the descriptor types for data and slots:
// member_descriptor (slice.start), getset_descriptor (type.__name__), wrapper_descriptor
// (int.__add__) and method-wrapper ((1).__add__). Method descriptors are in descr_method.c,
// reading and writing struct members in descr_member.c, the slot table in slotdefs.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/descr_internal.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/typeattr.h"

// ---- common to all descriptors --------------------------------------------------------------

// A name str that survives rt_runtime_fini: descriptors of static types live as long as the
// type, while interned strings and the one-character singletons are freed at shutdown.
static PyObject *
lasting_name(const char *name)
{
    size_t n = strlen(name);
    if (n > 1)
        return PyUnicode_FromStringAndSize(name, (Py_ssize_t)n);
    PyObject *s = PyUnicode_New((Py_ssize_t)n, n ? (unsigned char)name[0] : 0);
    if (s != NULL && n == 1)
        PyUnicode_WRITE(PyUnicode_1BYTE_KIND, PyUnicode_DATA(s), 0, (unsigned char)name[0]);
    return s;
}

PyDescrObject *
rt_descr_new(PyTypeObject *descrtype, PyTypeObject *type, const char *name)
{
    PyDescrObject *d = (PyDescrObject *)rt_gc_new(descrtype);
    if (d == NULL)
        return NULL;
    d->d_type = (PyTypeObject *)Py_NewRef(type);
    d->d_name = lasting_name(name);
    d->d_qualname = NULL;
    if (d->d_name == NULL) {
        Py_DECREF(d);
        return NULL;
    }
    PyObject_GC_Track(d);
    return d;
}

void
rt_descr_dealloc(PyObject *o)
{
    PyDescrObject *d = (PyDescrObject *)o;
    PyObject_GC_UnTrack(o);
    Py_XDECREF(d->d_type);
    Py_XDECREF(d->d_name);
    Py_XDECREF(d->d_qualname);
    Py_TYPE(o)->tp_free(o);
}

int
rt_descr_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((PyDescrObject *)o)->d_type);
    return 0;
}

// Raise unless obj is an instance of the descriptor's class: 0 or -1.
int
rt_descr_check(PyDescrObject *d, PyObject *obj)
{
    if (PyObject_TypeCheck(obj, d->d_type))
        return 0;
    PyErr_Format(PyExc_TypeError, "descriptor '%U' for '%.100s' objects doesn't apply to a "
                 "'%.100s' object", d->d_name, d->d_type->tp_name, Py_TYPE(obj)->tp_name);
    return -1;
}

PyObject *
rt_descr_repr_as(PyObject *o, const char *kind)
{
    PyDescrObject *d = (PyDescrObject *)o;
    return PyUnicode_FromFormat("<%s '%U' of '%s' objects>", kind, d->d_name,
                                d->d_type->tp_name);
}

static PyObject *
member_repr(PyObject *o)
{
    return rt_descr_repr_as(o, "member");
}

static PyObject *
getset_repr(PyObject *o)
{
    return rt_descr_repr_as(o, "attribute");
}

static PyObject *
wrapperdescr_repr(PyObject *o)
{
    return rt_descr_repr_as(o, "slot wrapper");
}

// __qualname__: "<type qualname>.<name>", computed once.
PyObject *
rt_descr_get_qualname(PyObject *o, void *closure)
{
    PyDescrObject *d = (PyDescrObject *)o;
    if (d->d_qualname == NULL) {
        PyObject *type_qualname = PyObject_GetAttrString((PyObject *)d->d_type, "__qualname__");
        if (type_qualname == NULL)
            return NULL;
        if (!PyUnicode_Check(type_qualname)) {
            PyErr_SetString(PyExc_TypeError,
                            "<descr>.__objclass__.__qualname__ is not a unicode object");
            Py_DECREF(type_qualname);
            return NULL;
        }
        d->d_qualname = PyUnicode_FromFormat("%U.%U", type_qualname, d->d_name);
        Py_DECREF(type_qualname);
        if (d->d_qualname == NULL)
            return NULL;
    }
    return Py_NewRef(d->d_qualname);
}

PyMemberDef rt_descr_members[] = {
    {"__objclass__", T_OBJECT, offsetof(PyDescrObject, d_type), READONLY, NULL},
    {"__name__", T_OBJECT, offsetof(PyDescrObject, d_name), READONLY, NULL},
    {NULL},
};

// ---- doc strings with an embedded signature ----------------------------------------------

#define SIGNATURE_END_MARKER ")\n--\n\n"
#define SIGNATURE_END_MARKER_LENGTH 6

// Where "(sig)" starts when doc begins with the last component of name followed by "(".
static const char *
find_signature(const char *name, const char *doc)
{
    if (doc == NULL)
        return NULL;
    const char *dot = strrchr(name, '.');
    if (dot != NULL)
        name = dot + 1;
    size_t n = strlen(name);
    if (strncmp(doc, name, n) != 0 || doc[n] != '(')
        return NULL;
    return doc + n;
}

// Just past the end marker of the signature at doc, or NULL if the marker is missing.
static const char *
skip_signature(const char *doc)
{
    for (; *doc; doc++) {
        if (strncmp(doc, SIGNATURE_END_MARKER, SIGNATURE_END_MARKER_LENGTH) == 0)
            return doc + SIGNATURE_END_MARKER_LENGTH;
        if (doc[0] == '\n' && doc[1] == '\n')
            return NULL;
    }
    return NULL;
}

PyObject *
rt_descr_doc_from_internal(const char *name, const char *doc)
{
    const char *sig = find_signature(name, doc);
    const char *body = sig != NULL ? skip_signature(sig) : NULL;
    if (body == NULL)
        body = doc;
    if (body == NULL || *body == '\0')
        return Py_NewRef(Py_None);
    return PyUnicode_FromString(body);
}

PyObject *
rt_descr_text_signature_from_internal(const char *name, const char *doc)
{
    const char *start = find_signature(name, doc);
    const char *end = start != NULL ? skip_signature(start) : NULL;
    if (end == NULL)
        return Py_NewRef(Py_None);
    // back up to just past the final ')'
    end -= SIGNATURE_END_MARKER_LENGTH - 1;
    return PyUnicode_FromStringAndSize(start, end - start);
}

PyObject *
rt_descr_function_str(PyObject *func)
{
    PyObject *qualname, *module;
    int r = rt_object_lookup_attr(func, PyUnicode_InternFromString("__qualname__"), &qualname);
    if (qualname == NULL)
        return r < 0 ? NULL : PyObject_Str(func);
    r = rt_object_lookup_attr(func, PyUnicode_InternFromString("__module__"), &module);
    PyObject *result = NULL;
    if (module != NULL && module != Py_None && !rt_str_equal_ascii(module, "builtins"))
        result = PyUnicode_FromFormat("%S.%S()", module, qualname);
    else if (r >= 0)
        result = PyUnicode_FromFormat("%S()", qualname);
    Py_DECREF(qualname);
    Py_XDECREF(module);
    return result;
}

void
rt_descr_raise_for_function(PyObject *func, const char *fmt, Py_ssize_t n)
{
    PyObject *fs = rt_descr_function_str(func);
    if (fs != NULL) {
        PyErr_Format(PyExc_TypeError, fmt, fs, n);
        Py_DECREF(fs);
    }
}

// ---- member_descriptor ------------------------------------------------------------------

static PyObject *
member_get(PyObject *o, PyObject *obj, PyObject *type)
{
    PyMemberDescrObject *d = (PyMemberDescrObject *)o;
    if (obj == NULL)
        return Py_NewRef(o);
    if (rt_descr_check(&d->d_common, obj) < 0)
        return NULL;
    return PyMember_GetOne((const char *)obj, d->d_member);
}

static int
member_set(PyObject *o, PyObject *obj, PyObject *value)
{
    PyMemberDescrObject *d = (PyMemberDescrObject *)o;
    if (rt_descr_check(&d->d_common, obj) < 0)
        return -1;
    return PyMember_SetOne((char *)obj, d->d_member, value);
}

PyObject *
PyDescr_NewMember(PyTypeObject *type, PyMemberDef *member)
{
    PyMemberDescrObject *d =
        (PyMemberDescrObject *)rt_descr_new(&PyMemberDescr_Type, type, member->name);
    if (d != NULL)
        d->d_member = member;
    return (PyObject *)d;
}

static PyObject *
member_get_doc(PyObject *o, void *closure)
{
    PyMemberDef *m = ((PyMemberDescrObject *)o)->d_member;
    return m->doc != NULL ? PyUnicode_FromString(m->doc) : Py_NewRef(Py_None);
}

static PyGetSetDef member_getset[] = {
    {"__doc__", member_get_doc, NULL, NULL, NULL},
    {"__qualname__", rt_descr_get_qualname, NULL, NULL, NULL},
    {NULL},
};

// ---- getset_descriptor ------------------------------------------------------------------

static PyObject *
getset_get(PyObject *o, PyObject *obj, PyObject *type)
{
    PyGetSetDescrObject *d = (PyGetSetDescrObject *)o;
    if (obj == NULL)
        return Py_NewRef(o);
    if (rt_descr_check(&d->d_common, obj) < 0)
        return NULL;
    if (d->d_getset->get != NULL)
        return d->d_getset->get(obj, d->d_getset->closure);
    PyErr_Format(PyExc_AttributeError, "attribute '%U' of '%.100s' objects is not readable",
                 d->d_common.d_name, d->d_common.d_type->tp_name);
    return NULL;
}

static int
getset_set(PyObject *o, PyObject *obj, PyObject *value)
{
    PyGetSetDescrObject *d = (PyGetSetDescrObject *)o;
    if (rt_descr_check(&d->d_common, obj) < 0)
        return -1;
    if (d->d_getset->set != NULL)
        return d->d_getset->set(obj, value, d->d_getset->closure);
    PyErr_Format(PyExc_AttributeError, "attribute '%U' of '%.100s' objects is not writable",
                 d->d_common.d_name, d->d_common.d_type->tp_name);
    return -1;
}

PyObject *
PyDescr_NewGetSet(PyTypeObject *type, PyGetSetDef *getset)
{
    PyGetSetDescrObject *d =
        (PyGetSetDescrObject *)rt_descr_new(&PyGetSetDescr_Type, type, getset->name);
    if (d != NULL)
        d->d_getset = getset;
    return (PyObject *)d;
}

static PyObject *
getset_get_doc(PyObject *o, void *closure)
{
    PyGetSetDef *g = ((PyGetSetDescrObject *)o)->d_getset;
    return g->doc != NULL ? PyUnicode_FromString(g->doc) : Py_NewRef(Py_None);
}

static PyGetSetDef getset_getset[] = {
    {"__doc__", getset_get_doc, NULL, NULL, NULL},
    {"__qualname__", rt_descr_get_qualname, NULL, NULL, NULL},
    {NULL},
};

// ---- wrapper_descriptor and method-wrapper ----------------------------------------------

PyObject *
PyDescr_NewWrapper(PyTypeObject *type, const RtSlotDef *base, void *wrapped)
{
    PyWrapperDescrObject *d =
        (PyWrapperDescrObject *)rt_descr_new(&PyWrapperDescr_Type, type, base->name);
    if (d != NULL) {
        d->d_base = base;
        d->d_wrapped = wrapped;
    }
    return (PyObject *)d;
}

// Call the slot through its wrapper with self already bound.
static PyObject *
wrapperdescr_raw_call(PyWrapperDescrObject *d, PyObject *self, PyObject *args, PyObject *kwds)
{
    if (d->d_base->flags & PyWrapperFlag_KEYWORDS) {
        wrapperfunc_kwds wk = (wrapperfunc_kwds)(void (*)(void))d->d_base->wrapper;
        return wk(self, args, d->d_wrapped, kwds);
    }
    if (kwds != NULL && (!PyDict_Check(kwds) || PyDict_GET_SIZE(kwds) != 0)) {
        PyErr_Format(PyExc_TypeError, "wrapper %s() takes no keyword arguments",
                     d->d_base->name);
        return NULL;
    }
    return d->d_base->wrapper(self, args, d->d_wrapped);
}

static PyObject *
wrapperdescr_call(PyObject *o, PyObject *args, PyObject *kwds)
{
    PyWrapperDescrObject *d = (PyWrapperDescrObject *)o;
    Py_ssize_t argc = PyTuple_GET_SIZE(args);
    if (argc < 1) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                     d->d_common.d_name, d->d_common.d_type->tp_name);
        return NULL;
    }
    PyObject *self = PyTuple_GET_ITEM(args, 0);
    if (!PyType_IsSubtype(Py_TYPE(self), d->d_common.d_type)) {
        PyErr_Format(PyExc_TypeError,
                     "descriptor '%U' requires a '%.100s' object but received a '%.100s'",
                     d->d_common.d_name, d->d_common.d_type->tp_name, Py_TYPE(self)->tp_name);
        return NULL;
    }
    PyObject *rest = PyTuple_GetSlice(args, 1, argc);
    if (rest == NULL)
        return NULL;
    PyObject *r = wrapperdescr_raw_call(d, self, rest, kwds);
    Py_DECREF(rest);
    return r;
}

static PyObject *
wrapperdescr_get(PyObject *o, PyObject *obj, PyObject *type)
{
    if (obj == NULL)
        return Py_NewRef(o);
    if (rt_descr_check((PyDescrObject *)o, obj) < 0)
        return NULL;
    return PyWrapper_New(o, obj);
}

static PyObject *
wrapperdescr_get_doc(PyObject *o, void *closure)
{
    const RtSlotDef *b = ((PyWrapperDescrObject *)o)->d_base;
    return rt_descr_doc_from_internal(b->name, b->doc);
}

static PyObject *
wrapperdescr_get_text_signature(PyObject *o, void *closure)
{
    const RtSlotDef *b = ((PyWrapperDescrObject *)o)->d_base;
    return rt_descr_text_signature_from_internal(b->name, b->doc);
}

static PyGetSetDef wrapperdescr_getset[] = {
    {"__doc__", wrapperdescr_get_doc, NULL, NULL, NULL},
    {"__qualname__", rt_descr_get_qualname, NULL, NULL, NULL},
    {"__text_signature__", wrapperdescr_get_text_signature, NULL, NULL, NULL},
    {NULL},
};

typedef struct {
    PyObject_HEAD
    PyWrapperDescrObject *descr;
    PyObject *self;
} wrapperobject;

PyObject *
PyWrapper_New(PyObject *d, PyObject *self)
{
    wrapperobject *w = (wrapperobject *)rt_gc_new(&rt_method_wrapper_type);
    if (w == NULL)
        return NULL;
    w->descr = (PyWrapperDescrObject *)Py_NewRef(d);
    w->self = Py_NewRef(self);
    PyObject_GC_Track(w);
    return (PyObject *)w;
}

static void
wrapper_dealloc(PyObject *o)
{
    wrapperobject *w = (wrapperobject *)o;
    PyObject_GC_UnTrack(o);
    RtTrashcan tc = rt_trashcan_begin(o, wrapper_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    Py_XDECREF(w->descr);
    Py_XDECREF(w->self);
    Py_TYPE(o)->tp_free(o);
    rt_trashcan_end(tc);
}

static int
wrapper_traverse(PyObject *o, visitproc visit, void *arg)
{
    Py_VISIT(((wrapperobject *)o)->descr);
    Py_VISIT(((wrapperobject *)o)->self);
    return 0;
}

static PyObject *
wrapper_richcompare(PyObject *a, PyObject *b, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !Py_IS_TYPE(a, &rt_method_wrapper_type) ||
        !Py_IS_TYPE(b, &rt_method_wrapper_type))
        return Py_NewRef(Py_NotImplemented);
    wrapperobject *wa = (wrapperobject *)a, *wb = (wrapperobject *)b;
    int eq = wa->descr == wb->descr && wa->self == wb->self;
    return PyBool_FromLong(eq == (op == Py_EQ));
}

static Py_hash_t
wrapper_hash(PyObject *o)
{
    wrapperobject *w = (wrapperobject *)o;
    Py_hash_t x = rt_hash_pointer(w->self) ^ rt_hash_pointer(w->descr);
    return x == -1 ? -2 : x;
}

static PyObject *
wrapper_repr(PyObject *o)
{
    wrapperobject *w = (wrapperobject *)o;
    return PyUnicode_FromFormat("<method-wrapper '%s' of %s object at %p>", w->descr->d_base->name,
                                Py_TYPE(w->self)->tp_name, (void *)w->self);
}

static PyObject *
wrapper_call(PyObject *o, PyObject *args, PyObject *kwds)
{
    wrapperobject *w = (wrapperobject *)o;
    return wrapperdescr_raw_call(w->descr, w->self, args, kwds);
}

static PyObject *
wrapper_objclass(PyObject *o, void *closure)
{
    return Py_NewRef(PyDescr_TYPE(((wrapperobject *)o)->descr));
}

static PyObject *
wrapper_name(PyObject *o, void *closure)
{
    return Py_NewRef(PyDescr_NAME(((wrapperobject *)o)->descr));
}

static PyObject *
wrapper_doc(PyObject *o, void *closure)
{
    return wrapperdescr_get_doc((PyObject *)((wrapperobject *)o)->descr, NULL);
}

static PyObject *
wrapper_text_signature(PyObject *o, void *closure)
{
    return wrapperdescr_get_text_signature((PyObject *)((wrapperobject *)o)->descr, NULL);
}

static PyObject *
wrapper_qualname(PyObject *o, void *closure)
{
    return rt_descr_get_qualname((PyObject *)((wrapperobject *)o)->descr, NULL);
}

static PyMemberDef wrapper_members[] = {
    {"__self__", T_OBJECT, offsetof(wrapperobject, self), READONLY, NULL},
    {NULL},
};

static PyGetSetDef wrapper_getsets[] = {
    {"__objclass__", wrapper_objclass, NULL, NULL, NULL},
    {"__name__", wrapper_name, NULL, NULL, NULL},
    {"__qualname__", wrapper_qualname, NULL, NULL, NULL},
    {"__doc__", wrapper_doc, NULL, NULL, NULL},
    {"__text_signature__", wrapper_text_signature, NULL, NULL, NULL},
    {NULL},
};

// ---- the types ----------------------------------------------------------------------------

PyTypeObject PyMemberDescr_Type = {
    DESCR_TYPE_COMMON,
    .tp_name = "member_descriptor",
    .tp_basicsize = sizeof(PyMemberDescrObject),
    .tp_repr = member_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_getset = member_getset,
    .tp_descr_get = member_get,
    .tp_descr_set = member_set,
};

PyTypeObject PyGetSetDescr_Type = {
    DESCR_TYPE_COMMON,
    .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(PyGetSetDescrObject),
    .tp_repr = getset_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_getset = getset_getset,
    .tp_descr_get = getset_get,
    .tp_descr_set = getset_set,
};

PyTypeObject PyWrapperDescr_Type = {
    DESCR_TYPE_COMMON,
    .tp_name = "wrapper_descriptor",
    .tp_basicsize = sizeof(PyWrapperDescrObject),
    .tp_repr = wrapperdescr_repr,
    .tp_call = wrapperdescr_call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_getset = wrapperdescr_getset,
    .tp_descr_get = wrapperdescr_get,
};

PyTypeObject rt_method_wrapper_type = {
    .ob_base = PyVarObject_HEAD_INIT(&PyType_Type, 0),
    .tp_name = "method-wrapper",
    .tp_basicsize = sizeof(wrapperobject),
    .tp_dealloc = wrapper_dealloc,
    .tp_repr = wrapper_repr,
    .tp_hash = wrapper_hash,
    .tp_call = wrapper_call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = wrapper_traverse,
    .tp_richcompare = wrapper_richcompare,
    .tp_members = wrapper_members,
    .tp_getset = wrapper_getsets,
    .tp_alloc = PyType_GenericAlloc,
    .tp_free = PyObject_GC_Del,
};
