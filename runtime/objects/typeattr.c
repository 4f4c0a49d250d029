// typeattr.c: attribute lookup. Builds type dicts at PyType_Ready, finds names along the MRO
// (with CPython's version-tagged method cache), and implements generic getattr/setattr for
// instances and for types, method loading for calls and AttributeError's name/obj context.
// The slot table is in slotdefs.c; the attributes of `type` and `object` in type_attrs.c.
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/typeattr.h"

// ---- building type dicts ------------------------------------------------------------------

// Names of the slot table entries, made once. They are not interned: interned strings are
// freed by rt_runtime_fini, and these stay in the dicts of static types for good.
static PyObject *
slot_name(const RtSlotDef *d)
{
    static PyObject *names[128];
    size_t i = (size_t)(d - rt_slotdefs);
    if (i >= sizeof names / sizeof names[0])
        Py_FatalError("slot table larger than its name cache");
    if (names[i] == NULL)
        names[i] = PyUnicode_FromString(d->name);
    return names[i];
}

// A slot wrapper for every slot t itself defines, skipping names already present (the
// first table entry for a name wins); a tp_hash that refuses hashing shows as None.
static int
add_operators(PyTypeObject *t)
{
    PyObject *dict = t->tp_dict;
    for (const RtSlotDef *d = rt_slotdefs; d->name != NULL; d++) {
        if (d->wrapper == NULL)
            continue;
        void **ptr = rt_slotdef_ptr(t, d);
        if (ptr == NULL || *ptr == NULL)
            continue;
        PyObject *name = slot_name(d);
        if (name == NULL)
            return -1;
        int r = PyDict_Contains(dict, name);
        if (r < 0)
            return -1;
        if (r > 0)
            continue;
        if (*ptr == (void *)PyObject_HashNotImplemented) {
            if (PyDict_SetItem(dict, name, Py_None) < 0)
                return -1;
            continue;
        }
        PyObject *descr = PyDescr_NewWrapper(t, d, *ptr);
        if (descr == NULL)
            return -1;
        r = PyDict_SetItem(dict, name, descr);
        Py_DECREF(descr);
        if (r < 0)
            return -1;
    }
    return 0;
}

// Store descr under its own name: replacing an existing entry only when `replace` (for
// METH_COEXIST), as CPython's PyDict_SetDefault does otherwise.
static int
add_descr(PyObject *dict, PyObject *descr, int replace)
{
    if (descr == NULL)
        return -1;
    PyObject *name = PyDescr_NAME(descr);
    int r = replace ? PyDict_SetItem(dict, name, descr)
                    : (PyDict_SetDefault(dict, name, descr) == NULL ? -1 : 0);
    Py_DECREF(descr);
    return r;
}

static int
add_methods(PyTypeObject *t)
{
    for (PyMethodDef *m = t->tp_methods; m != NULL && m->ml_name != NULL; m++) {
        int flags = m->ml_flags;
        if ((flags & METH_CLASS) && (flags & METH_STATIC)) {
            PyErr_SetString(PyExc_ValueError, "method cannot be both class and static");
            return -1;
        }
        if (flags & METH_STATIC) {
            // No staticmethod type yet: the unbound builtin behaves the same on lookup,
            // as builtin functions are not descriptors.
            PyObject *func = PyCFunction_NewEx(m, (PyObject *)t, NULL);
            if (func == NULL)
                return -1;
            PyObject *name = PyUnicode_FromString(m->ml_name);
            int r = name == NULL ? -1 : PyDict_SetItem(t->tp_dict, name, func);
            Py_XDECREF(name);
            Py_DECREF(func);
            if (r < 0)
                return -1;
            continue;
        }
        PyObject *descr = (flags & METH_CLASS) ? PyDescr_NewClassMethod(t, m)
                                               : PyDescr_NewMethod(t, m);
        if (add_descr(t->tp_dict, descr, flags & METH_COEXIST) < 0)
            return -1;
    }
    return 0;
}

static int
add_members_and_getsets(PyTypeObject *t)
{
    for (PyMemberDef *m = t->tp_members; m != NULL && m->name != NULL; m++) {
        if (add_descr(t->tp_dict, PyDescr_NewMember(t, m), 0) < 0)
            return -1;
    }
    for (PyGetSetDef *g = t->tp_getset; g != NULL && g->name != NULL; g++) {
        if (add_descr(t->tp_dict, PyDescr_NewGetSet(t, g), 0) < 0)
            return -1;
    }
    return 0;
}

static int
set_dict_item_lasting(PyObject *dict, const char *key, PyObject *value)
{
    if (value == NULL)
        return -1;
    PyObject *k = PyUnicode_FromString(key);
    int r = k == NULL ? -1 : PyDict_SetDefault(dict, k, value) == NULL ? -1 : 0;
    Py_XDECREF(k);
    Py_DECREF(value);
    return r;
}

int
rt_type_ready_dict(PyTypeObject *t)
{
    if (t->tp_dict == NULL) {
        t->tp_dict = PyDict_New();
        if (t->tp_dict == NULL)
            return -1;
    }
    // __new__ first, as CPython's type_ready_set_new runs before the dict is filled.
    if (t->tp_new != NULL && !PyType_HasFeature(t, Py_TPFLAGS_DISALLOW_INSTANTIATION)) {
        PyObject *func = PyCFunction_NewEx(&rt_tp_new_methoddef, (PyObject *)t, NULL);
        if (set_dict_item_lasting(t->tp_dict, "__new__", func) < 0)
            return -1;
    }
    if (add_operators(t) < 0 || add_methods(t) < 0 || add_members_and_getsets(t) < 0)
        return -1;
    return set_dict_item_lasting(t->tp_dict, "__doc__",
                                 rt_descr_doc_from_internal(t->tp_name, t->tp_doc));
}

int
rt_type_ready_hash(PyTypeObject *t)
{
    if (t->tp_hash != NULL)
        return 0;
    if (set_dict_item_lasting(t->tp_dict, "__hash__", Py_NewRef(Py_None)) < 0)
        return -1;
    t->tp_hash = PyObject_HashNotImplemented;
    return 0;
}

// ---- MRO lookup and the method cache ------------------------------------------------------

#define MCACHE_SIZE_EXP 12
#define MCACHE_SIZE (1 << MCACHE_SIZE_EXP)

// An entry is valid while its type keeps the version tag. The name is compared by identity
// and never dereferenced (it is not owned): the stored hash makes a stale address that was
// reused by a different string miss. value is borrowed from the type's dict, which the
// version tag guards.
typedef struct {
    unsigned int version;
    Py_hash_t hash;
    PyObject *name;
    PyObject *value;
} CacheEntry;

static CacheEntry method_cache[MCACHE_SIZE];
static size_t cache_hits;

void
rt_type_cache_clear(void)
{
    for (size_t i = 0; i < MCACHE_SIZE; i++)
        method_cache[i] = (CacheEntry){0};
}

size_t
rt_type_cache_hits(void)
{
    return cache_hits;
}

// Walk the MRO dicts. Sets *error on a failed dict lookup.
static PyObject *
find_in_mro(PyTypeObject *t, PyObject *name, Py_hash_t hash, int *error)
{
    PyObject *mro = t->tp_mro;
    Py_ssize_t n = mro != NULL ? PyTuple_GET_SIZE(mro) : 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyTypeObject *base = mro != NULL ? (PyTypeObject *)PyTuple_GET_ITEM(mro, i) : t;
        if (base->tp_dict == NULL)
            continue;
        PyObject *r = rt_dict_get_item_known_hash(base->tp_dict, name, hash);
        if (r != NULL)
            return r;
        if (PyErr_Occurred()) {
            *error = 1;
            return NULL;
        }
    }
    return NULL;
}

PyObject *
rt_type_lookup(PyTypeObject *t, PyObject *name)
{
    if (!PyType_HasFeature(t, Py_TPFLAGS_READY) && PyType_Ready(t) < 0) {
        PyErr_Clear();
        return NULL;
    }
    Py_hash_t hash = PyObject_Hash(name);
    if (hash == -1) {
        PyErr_Clear();
        return NULL;
    }
    unsigned int version = t->tp_version_tag;
    int cacheable = version != 0 && PyUnicode_CheckExact(name);
    CacheEntry *e = &method_cache[(version ^ (Py_uhash_t)(hash >> 3)) & (MCACHE_SIZE - 1)];
    if (cacheable && e->version == version && e->name == name && e->hash == hash) {
        cache_hits++;
        return e->value;
    }
    int error = 0;
    PyObject *r = find_in_mro(t, name, hash, &error);
    if (error) {
        // A str key never fails to compare; anything else is not cached.
        PyErr_Clear();
        return NULL;
    }
    if (cacheable)
        *e = (CacheEntry){version, hash, name, r};
    return r;
}

// ---- instances: generic getattr/setattr ---------------------------------------------------

static int
check_attr_name(PyObject *name)
{
    if (PyUnicode_Check(name))
        return 1;
    PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'",
                 Py_TYPE(name)->tp_name);
    return 0;
}

PyObject **
rt_object_dict_ptr(PyObject *obj)
{
    PyTypeObject *t = Py_TYPE(obj);
    Py_ssize_t offset = t->tp_dictoffset;
    if (offset == 0)
        return NULL;
    if (offset < 0) {
        // Counted from the end of a variable-size object, as CPython does.
        size_t size;
        if (PyType_FastSubclass(t, Py_TPFLAGS_UNICODE_SUBCLASS)) {
            // A str has no ob_size: its code points and NUL end the data, and the dict
            // follows them (rt_type_str_subtype_alloc).
            PyUnicodeObject *u = (PyUnicodeObject *)obj;
            size = (size_t)t->tp_basicsize + (size_t)(u->length + 1) * u->kind;
            size = (size + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
            size += sizeof(PyObject *);
        }
        else {
            Py_ssize_t n = Py_SIZE(obj) < 0 ? -Py_SIZE(obj) : Py_SIZE(obj);
            size = (size_t)(t->tp_basicsize + n * t->tp_itemsize);
            size = (size + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
        }
        offset += (Py_ssize_t)size;
    }
    return (PyObject **)((char *)obj + offset);
}

PyObject *
rt_object_generic_getattr(PyObject *obj, PyObject *name, PyObject *dict, int suppress)
{
    if (!check_attr_name(name))
        return NULL;
    PyTypeObject *t = Py_TYPE(obj);
    PyObject *descr = rt_type_lookup(t, name), *res = NULL;
    descrgetfunc f = NULL;
    Py_INCREF(name);
    if (descr != NULL) {
        Py_INCREF(descr);
        f = Py_TYPE(descr)->tp_descr_get;
        if (f != NULL && PyDescr_IsData(descr)) {
            res = f(descr, obj, (PyObject *)t);
            goto done;
        }
    }
    if (dict == NULL) {
        PyObject **dictptr = rt_object_dict_ptr(obj);
        dict = dictptr != NULL ? *dictptr : NULL;
    }
    if (dict != NULL) {
        Py_INCREF(dict);
        res = PyDict_GetItemWithError(dict, name);
        Py_XINCREF(res);
        Py_DECREF(dict);
        if (res != NULL || PyErr_Occurred())
            goto done;
    }
    if (f != NULL) {
        res = f(descr, obj, (PyObject *)t);
        goto done;
    }
    if (descr != NULL) {
        res = descr;
        descr = NULL;
        goto done;
    }
    if (!suppress)
        PyErr_Format(PyExc_AttributeError, "'%.50s' object has no attribute '%U'", t->tp_name,
                     name);
done:
    if (res == NULL && suppress && PyErr_Occurred() &&
        PyErr_ExceptionMatches(PyExc_AttributeError))
        PyErr_Clear();
    Py_XDECREF(descr);
    Py_DECREF(name);
    return res;
}

PyObject *
PyObject_GenericGetAttr(PyObject *obj, PyObject *name)
{
    return rt_object_generic_getattr(obj, name, NULL, 0);
}

// A new instance dict for obj: split over its class's shared keys when the class has them.
static PyObject *
new_instance_dict(PyObject *obj)
{
    PyTypeObject *t = Py_TYPE(obj);
    if (PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE) && ((PyHeapTypeObject *)t)->ht_cached_keys)
        return rt_dict_new_split(((PyHeapTypeObject *)t)->ht_cached_keys);
    return PyDict_New();
}

// Store into (or delete from) obj's instance dict at dictptr, creating it on first use.
static int
dict_store(PyObject *obj, PyObject **dictptr, PyObject *name, PyObject *value)
{
    if (*dictptr == NULL) {
        *dictptr = new_instance_dict(obj);
        if (*dictptr == NULL)
            return -1;
    }
    return value == NULL ? PyDict_DelItem(*dictptr, name) : PyDict_SetItem(*dictptr, name, value);
}

int
rt_object_generic_setattr(PyObject *obj, PyObject *name, PyObject *value, PyObject *dict)
{
    if (!check_attr_name(name))
        return -1;
    PyTypeObject *t = Py_TYPE(obj);
    Py_INCREF(name);
    Py_INCREF(t);
    PyObject *descr = rt_type_lookup(t, name);
    int res = -1;
    Py_XINCREF(descr);
    if (descr != NULL && Py_TYPE(descr)->tp_descr_set != NULL) {
        res = Py_TYPE(descr)->tp_descr_set(descr, obj, value);
        goto done;
    }
    if (dict != NULL) {
        res = value == NULL ? PyDict_DelItem(dict, name) : PyDict_SetItem(dict, name, value);
    }
    else {
        PyObject **dictptr = rt_object_dict_ptr(obj);
        if (dictptr == NULL) {
            if (descr == NULL)
                PyErr_Format(PyExc_AttributeError, "'%.100s' object has no attribute '%U'",
                             t->tp_name, name);
            else
                PyErr_Format(PyExc_AttributeError, "'%.50s' object attribute '%U' is read-only",
                             t->tp_name, name);
            goto done;
        }
        res = dict_store(obj, dictptr, name, value);
    }
    if (res < 0 && PyErr_ExceptionMatches(PyExc_KeyError)) {
        if (PyType_IsSubtype(t, &PyType_Type))
            PyErr_Format(PyExc_AttributeError, "type object '%.50s' has no attribute '%U'",
                         ((PyTypeObject *)obj)->tp_name, name);
        else
            PyErr_Format(PyExc_AttributeError, "'%.100s' object has no attribute '%U'",
                         t->tp_name, name);
    }
done:
    Py_XDECREF(descr);
    Py_DECREF(t);
    Py_DECREF(name);
    return res;
}

int
PyObject_GenericSetAttr(PyObject *obj, PyObject *name, PyObject *value)
{
    return rt_object_generic_setattr(obj, name, value, NULL);
}

PyObject *
PyObject_GenericGetDict(PyObject *obj, void *closure)
{
    PyObject **dictptr = rt_object_dict_ptr(obj);
    if (dictptr == NULL) {
        PyErr_SetString(PyExc_AttributeError, "This object has no __dict__");
        return NULL;
    }
    // Handed to Python code, the dict becomes an object of its own: an ordinary dict.
    if (*dictptr == NULL) {
        *dictptr = PyDict_New();
        if (*dictptr == NULL)
            return NULL;
    } else if (rt_dict_expose_instance_dict(*dictptr) < 0) {
        return NULL;
    }
    return Py_NewRef(*dictptr);
}

int
PyObject_GenericSetDict(PyObject *obj, PyObject *value, void *closure)
{
    PyObject **dictptr = rt_object_dict_ptr(obj);
    if (dictptr == NULL) {
        PyErr_SetString(PyExc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!PyDict_Check(value)) {
        PyErr_Format(PyExc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                     Py_TYPE(value)->tp_name);
        return -1;
    }
    Py_XSETREF(*dictptr, Py_NewRef(value));
    return 0;
}

void
rt_object_attribute_error_context(PyObject *obj, PyObject *name)
{
    if (!PyErr_Occurred() || !PyErr_ExceptionMatches(PyExc_AttributeError))
        return;
    PyObject *exc = PyErr_GetRaisedException();
    if (PyErr_GivenExceptionMatches(exc, PyExc_AttributeError)) {
        PyAttributeErrorObject *e = (PyAttributeErrorObject *)exc;
        if (e->name == NULL && e->obj == NULL) {
            e->name = Py_NewRef(name);
            e->obj = Py_NewRef(obj);
        }
    }
    PyErr_SetRaisedException(exc);
}

// ---- lookups for the interpreter ----------------------------------------------------------

static PyObject *type_getattr_impl(PyTypeObject *t, PyObject *name, int suppress);

int
rt_object_lookup_attr(PyObject *obj, PyObject *name, PyObject **result)
{
    getattrofunc get = Py_TYPE(obj)->tp_getattro;
    if (get == PyObject_GenericGetAttr || get == rt_type_getattro) {
        *result = get == PyObject_GenericGetAttr
                      ? rt_object_generic_getattr(obj, name, NULL, 1)
                      : type_getattr_impl((PyTypeObject *)obj, name, 1);
        if (*result != NULL)
            return 1;
        return PyErr_Occurred() ? -1 : 0;
    }
    *result = PyObject_GetAttr(obj, name);
    if (*result != NULL)
        return 1;
    if (!PyErr_ExceptionMatches(PyExc_AttributeError))
        return -1;
    PyErr_Clear();
    return 0;
}

PyObject *
rt_object_get_method(PyObject *obj, PyObject *name, int *unbound)
{
    PyTypeObject *t = Py_TYPE(obj);
    *unbound = 0;
    if (t->tp_getattro != PyObject_GenericGetAttr || !PyUnicode_CheckExact(name))
        return PyObject_GetAttr(obj, name);
    PyObject *descr = rt_type_lookup(t, name);
    descrgetfunc f = NULL;
    int meth_found = 0;
    if (descr != NULL) {
        Py_INCREF(descr);
        if (PyType_HasFeature(Py_TYPE(descr), Py_TPFLAGS_METHOD_DESCRIPTOR)) {
            meth_found = 1;
        }
        else {
            f = Py_TYPE(descr)->tp_descr_get;
            if (f != NULL && PyDescr_IsData(descr)) {
                PyObject *r = f(descr, obj, (PyObject *)t);
                Py_DECREF(descr);
                return r;
            }
        }
    }
    PyObject **dictptr = rt_object_dict_ptr(obj);
    PyObject *dict = dictptr != NULL ? *dictptr : NULL;
    if (dict != NULL) {
        Py_INCREF(dict);
        PyObject *attr = PyDict_GetItemWithError(dict, name);
        Py_XINCREF(attr);
        Py_DECREF(dict);
        if (attr != NULL || PyErr_Occurred()) {
            Py_XDECREF(descr);
            return attr;
        }
    }
    if (meth_found) {
        *unbound = 1;
        return descr;
    }
    if (f != NULL) {
        PyObject *r = f(descr, obj, (PyObject *)t);
        Py_DECREF(descr);
        return r;
    }
    if (descr != NULL)
        return descr;
    PyErr_Format(PyExc_AttributeError, "'%.50s' object has no attribute '%U'", t->tp_name, name);
    rt_object_attribute_error_context(obj, name);
    return NULL;
}

// ---- types ----------------------------------------------------------------------------------

// type.__getattribute__ (CPython's _Py_type_getattro_impl); with suppress set, a missing
// attribute gives NULL without an exception.
static PyObject *
type_getattr_impl(PyTypeObject *t, PyObject *name, int suppress)
{
    if (!check_attr_name(name))
        return NULL;
    if (!PyType_HasFeature(t, Py_TPFLAGS_READY) && PyType_Ready(t) < 0)
        return NULL;
    PyTypeObject *meta = Py_TYPE(t);
    PyObject *meta_attr = rt_type_lookup(meta, name);
    descrgetfunc meta_get = NULL;
    if (meta_attr != NULL) {
        Py_INCREF(meta_attr);
        meta_get = Py_TYPE(meta_attr)->tp_descr_get;
        if (meta_get != NULL && PyDescr_IsData(meta_attr)) {
            // A data descriptor of the metatype (type.__name__ ...) wins over the type's dict.
            PyObject *r = meta_get(meta_attr, (PyObject *)t, (PyObject *)meta);
            Py_DECREF(meta_attr);
            return r;
        }
    }
    PyObject *attr = rt_type_lookup(t, name);
    if (attr != NULL) {
        Py_INCREF(attr);
        Py_XDECREF(meta_attr);
        descrgetfunc local_get = Py_TYPE(attr)->tp_descr_get;
        if (local_get == NULL)
            return attr;
        // NULL instance: the descriptor was found on the type itself (or a base).
        PyObject *r = local_get(attr, NULL, (PyObject *)t);
        Py_DECREF(attr);
        return r;
    }
    if (meta_get != NULL) {
        PyObject *r = meta_get(meta_attr, (PyObject *)t, (PyObject *)meta);
        Py_DECREF(meta_attr);
        return r;
    }
    if (meta_attr != NULL)
        return meta_attr;
    if (!suppress)
        PyErr_Format(PyExc_AttributeError, "type object '%.50s' has no attribute '%U'",
                     t->tp_name, name);
    return NULL;
}

PyObject *
rt_type_getattro(PyObject *t, PyObject *name)
{
    return type_getattr_impl((PyTypeObject *)t, name, 0);
}

int
rt_type_setattro(PyObject *o, PyObject *name, PyObject *value)
{
    PyTypeObject *t = (PyTypeObject *)o;
    if (PyType_HasFeature(t, Py_TPFLAGS_IMMUTABLETYPE)) {
        PyErr_Format(PyExc_TypeError, "cannot set %R attribute of immutable type '%s'", name,
                     t->tp_name);
        return -1;
    }
    if (!check_attr_name(name))
        return -1;
    if (t->tp_dict == NULL && PyType_Ready(t) < 0)
        return -1;
    int r = rt_object_generic_setattr(o, name, value, t->tp_dict);
    if (r == 0) {
        // Caches of t and its subclasses are stale; a dunder may change what a slot calls.
        rt_type_modified(t);
        Py_ssize_t n = PyUnicode_GET_LENGTH(name);
        if (n > 4 && PyUnicode_READ_CHAR(name, 0) == '_' && PyUnicode_READ_CHAR(name, 1) == '_' &&
            PyUnicode_READ_CHAR(name, n - 1) == '_' && PyUnicode_READ_CHAR(name, n - 2) == '_')
            r = rt_type_update_slot(t, name);
    }
    return r;
}
