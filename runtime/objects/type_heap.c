// type_heap.c: what classes need once made: the C3 MRO (and a metaclass's own mro()), the
// subclass lists that version-tag invalidation and slot updates walk, __bases__ assignment,
// and the life of classes and of their instances (dealloc with __del__, traverse, clear, the
// __dict__/__weakref__ attributes). Making a class is type_new.c; slots are typeslots*.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/typeattr.h"
#include "runtime/objects/weakref.h"

// ---- C3 linearization ---------------------------------------------------------------------------

// True if o appears in the tuple after index `from`.
static int
tail_contains(PyObject *tuple, Py_ssize_t from, PyObject *o)
{
    for (Py_ssize_t i = from + 1; i < PyTuple_GET_SIZE(tuple); i++) {
        if (PyTuple_GET_ITEM(tuple, i) == o)
            return 1;
    }
    return 0;
}

static PyObject *
class_name(PyObject *cls)
{
    PyObject *name;
    if (rt_object_lookup_attr(cls, PyUnicode_InternFromString("__name__"), &name) == 0)
        name = PyObject_Repr(cls);
    return name;
}

// TypeError naming the heads that could not be ordered, in the order of the lists.
static void
set_mro_error(PyObject **to_merge, Py_ssize_t n, Py_ssize_t *remain)
{
    PyObject *seen = PyDict_New(), *names = PyList_New(0);
    for (Py_ssize_t i = 0; seen != NULL && names != NULL && i < n; i++) {
        if (remain[i] >= PyTuple_GET_SIZE(to_merge[i]))
            continue;
        PyObject *c = PyTuple_GET_ITEM(to_merge[i], remain[i]);
        if (PyDict_Contains(seen, c) != 0 || PyDict_SetItem(seen, c, Py_None) < 0)
            continue;
        PyObject *name = class_name(c);
        if (name == NULL || PyList_Append(names, name) < 0)
            Py_CLEAR(names);
        Py_XDECREF(name);
    }
    PyObject *sep = PyUnicode_FromString(", ");
    PyObject *joined = names != NULL && sep != NULL ? PyUnicode_Join(sep, names) : NULL;
    if (joined != NULL)
        PyErr_Format(PyExc_TypeError, "Cannot create a consistent method resolution\norder "
                     "(MRO) for bases %U", joined);
    Py_XDECREF(joined);
    Py_XDECREF(sep);
    Py_XDECREF(names);
    Py_XDECREF(seen);
}

// Merge the lists into acc (CPython's pmerge): repeatedly take the first head that is in no
// list's tail.
static int
pmerge(PyObject *acc, PyObject **to_merge, Py_ssize_t n)
{
    Py_ssize_t *remain = PyMem_Calloc((size_t)n, sizeof *remain);
    if (remain == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int res = 0;
again:;
    Py_ssize_t empty = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *cur = to_merge[i];
        if (remain[i] >= PyTuple_GET_SIZE(cur)) {
            empty++;
            continue;
        }
        PyObject *candidate = PyTuple_GET_ITEM(cur, remain[i]);
        int blocked = 0;
        for (Py_ssize_t j = 0; j < n && !blocked; j++)
            blocked = tail_contains(to_merge[j], remain[j], candidate);
        if (blocked)
            continue;
        res = PyList_Append(acc, candidate);
        if (res < 0)
            goto out;
        for (Py_ssize_t j = 0; j < n; j++) {
            if (remain[j] < PyTuple_GET_SIZE(to_merge[j]) &&
                PyTuple_GET_ITEM(to_merge[j], remain[j]) == candidate)
                remain[j]++;
        }
        goto again;
    }
    if (empty != n) {
        set_mro_error(to_merge, n, remain);
        res = -1;
    }
out:
    PyMem_Free(remain);
    return res;
}

static int
check_duplicates(PyObject *bases)
{
    Py_ssize_t n = PyTuple_GET_SIZE(bases);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *o = PyTuple_GET_ITEM(bases, i);
        for (Py_ssize_t j = i + 1; j < n; j++) {
            if (PyTuple_GET_ITEM(bases, j) != o)
                continue;
            PyObject *name = class_name(o);
            if (name != NULL)
                PyErr_Format(PyExc_TypeError, "duplicate base class %U", name);
            Py_XDECREF(name);
            return -1;
        }
    }
    return 0;
}

PyObject *
rt_type_mro_impl(PyTypeObject *t)
{
    PyObject *bases = t->tp_bases;
    Py_ssize_t n = PyTuple_GET_SIZE(bases);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyTypeObject *base = (PyTypeObject *)PyTuple_GET_ITEM(bases, i);
        if (base->tp_mro == NULL) {
            PyErr_Format(PyExc_TypeError, "Cannot extend an incomplete type '%.100s'",
                         base->tp_name);
            return NULL;
        }
    }
    PyObject *result = PyList_New(1);
    if (result == NULL)
        return NULL;
    PyList_SET_ITEM(result, 0, Py_NewRef(t));
    if (n == 1) {
        // Single inheritance: t, then the base's MRO.
        PyObject *base_mro = ((PyTypeObject *)PyTuple_GET_ITEM(bases, 0))->tp_mro;
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(base_mro); i++) {
            if (PyList_Append(result, PyTuple_GET_ITEM(base_mro, i)) < 0)
                goto fail;
        }
        return result;
    }
    if (check_duplicates(bases) < 0)
        goto fail;
    // Each base's MRO, then the bases themselves (their declared order is a constraint too).
    PyObject **to_merge = PyMem_Malloc((size_t)(n + 1) * sizeof *to_merge);
    if (to_merge == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        to_merge[i] = ((PyTypeObject *)PyTuple_GET_ITEM(bases, i))->tp_mro;
    to_merge[n] = bases;
    int r = pmerge(result, to_merge, n + 1);
    PyMem_Free(to_merge);
    if (r == 0)
        return result;
fail:
    Py_DECREF(result);
    return NULL;
}

// Check what a metaclass's mro() returned: classes only.
static int
mro_check(PyObject *mro)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(mro); i++) {
        PyObject *o = PyTuple_GET_ITEM(mro, i);
        if (!PyType_Check(o)) {
            PyErr_Format(PyExc_TypeError, "mro() returned a non-class ('%.500s')",
                         Py_TYPE(o)->tp_name);
            return -1;
        }
    }
    return 0;
}

int
rt_type_mro_internal(PyTypeObject *t)
{
    PyObject *result;
    int custom = !Py_IS_TYPE(t, &PyType_Type);
    if (custom) {
        // The metaclass's mro(), not a method named mro of the class itself.
        PyObject *meth = rt_type_lookup_special((PyObject *)t, PyUnicode_InternFromString("mro"));
        if (meth == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_AttributeError, "mro");
            return -1;
        }
        result = PyObject_CallNoArgs(meth);
        Py_DECREF(meth);
    }
    else {
        result = rt_type_mro_impl(t);
    }
    if (result == NULL)
        return -1;
    PyObject *mro = PySequence_Tuple(result);
    Py_DECREF(result);
    if (mro == NULL)
        return -1;
    if (PyTuple_GET_SIZE(mro) == 0) {
        Py_DECREF(mro);
        PyErr_SetString(PyExc_TypeError, "type MRO must not be empty");
        return -1;
    }
    if (custom && mro_check(mro) < 0) {
        Py_DECREF(mro);
        return -1;
    }
    Py_XSETREF(t->tp_mro, mro);
    rt_type_modified(t);
    return 0;
}

// ---- subclass lists -------------------------------------------------------------------------------

// tp_subclasses maps id(subclass) to id(subclass): the reference is borrowed (a class takes
// itself out when it dies) until weak references exist.
static PyObject *
subclass_key(PyTypeObject *t)
{
    return PyLong_FromUnsignedLongLong((unsigned long long)(uintptr_t)t);
}

int
rt_type_add_subclass(PyTypeObject *base, PyTypeObject *t)
{
    if (base->tp_subclasses == NULL) {
        base->tp_subclasses = PyDict_New();
        if (base->tp_subclasses == NULL)
            return -1;
    }
    PyObject *key = subclass_key(t);
    if (key == NULL)
        return -1;
    int r = PyDict_SetItem(base->tp_subclasses, key, key);
    Py_DECREF(key);
    return r;
}

static void
remove_subclass(PyTypeObject *base, PyTypeObject *t)
{
    if (base->tp_subclasses == NULL)
        return;
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *key = subclass_key(t);
    if (key == NULL || PyDict_DelItem(base->tp_subclasses, key) < 0)
        PyErr_Clear(); // not there: nothing to forget
    Py_XDECREF(key);
    PyErr_SetRaisedException(exc);
}

void
rt_type_remove_subclasses(PyTypeObject *t)
{
    PyObject *bases = t->tp_bases;
    for (Py_ssize_t i = 0; bases != NULL && i < PyTuple_GET_SIZE(bases); i++) {
        PyObject *b = PyTuple_GET_ITEM(bases, i);
        if (PyType_Check(b))
            remove_subclass((PyTypeObject *)b, t);
    }
}

int
rt_type_each_subclass(PyTypeObject *t, int (*fn)(PyTypeObject *sub, void *arg), void *arg)
{
    PyObject *subs = t->tp_subclasses, *key, *value;
    Py_ssize_t pos = 0;
    int r = 0;
    while (r == 0 && subs != NULL && PyDict_Next(subs, &pos, &key, &value))
        r = fn((PyTypeObject *)(uintptr_t)PyLong_AsUnsignedLongLongMask(value), arg);
    return r;
}

static int
append_subclass(PyTypeObject *sub, void *list)
{
    return PyList_Append(list, (PyObject *)sub);
}

PyObject *
rt_type_subclasses(PyTypeObject *t)
{
    PyObject *list = PyList_New(0);
    if (list != NULL && rt_type_each_subclass(t, append_subclass, list) < 0)
        Py_CLEAR(list);
    return list;
}

// ---- __bases__ assignment -----------------------------------------------------------------------

// Recompute the MRO of t, then of its subclasses (their MROs contain t's), and refresh the
// slots, which may come from other classes now.
static int
mro_hierarchy(PyTypeObject *t)
{
    if (rt_type_mro_internal(t) < 0)
        return -1;
    rt_type_fixup_slots(t);
    // A metaclass's mro() may make classes: walk a copy of the list.
    PyObject *subs = rt_type_subclasses(t);
    if (subs == NULL)
        return -1;
    int r = 0;
    for (Py_ssize_t i = 0; r == 0 && i < PyList_GET_SIZE(subs); i++)
        r = mro_hierarchy((PyTypeObject *)PyList_GET_ITEM(subs, i));
    Py_DECREF(subs);
    return r;
}

// The first class up t's base chain whose layout differs from its base's.
static PyTypeObject *
layout_root(PyTypeObject *t)
{
    while (t->tp_base != NULL && t->tp_basicsize == t->tp_base->tp_basicsize &&
           t->tp_itemsize == t->tp_base->tp_itemsize &&
           t->tp_dictoffset == t->tp_base->tp_dictoffset &&
           t->tp_weaklistoffset == t->tp_base->tp_weaklistoffset)
        t = t->tp_base;
    return t;
}

static int
check_new_bases(PyTypeObject *t, PyObject *bases)
{
    if (!PyTuple_Check(bases)) {
        PyErr_Format(PyExc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                     t->tp_name, Py_TYPE(bases)->tp_name);
        return -1;
    }
    if (PyTuple_GET_SIZE(bases) == 0) {
        PyErr_Format(PyExc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                     t->tp_name);
        return -1;
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); i++) {
        PyObject *b = PyTuple_GET_ITEM(bases, i);
        if (!PyType_Check(b)) {
            PyErr_Format(PyExc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                         t->tp_name, Py_TYPE(b)->tp_name);
            return -1;
        }
        if (PyType_IsSubtype((PyTypeObject *)b, t)) {
            PyErr_SetString(PyExc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    return 0;
}

int
rt_type_set_bases(PyTypeObject *t, PyObject *bases)
{
    if (check_new_bases(t, bases) < 0)
        return -1;
    PyTypeObject *new_base = rt_type_best_base(bases);
    if (new_base == NULL)
        return -1;
    if (new_base->tp_free != t->tp_base->tp_free) {
        PyErr_Format(PyExc_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'",
                     new_base->tp_name, t->tp_base->tp_name);
        return -1;
    }
    PyTypeObject *old_root = layout_root(t->tp_base), *new_root = layout_root(new_base);
    if (old_root != new_root && (old_root->tp_basicsize != new_root->tp_basicsize ||
                                 old_root->tp_itemsize != new_root->tp_itemsize ||
                                 old_root->tp_base != new_root->tp_base)) {
        PyErr_Format(PyExc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                     new_base->tp_name, t->tp_base->tp_name);
        return -1;
    }
    PyObject *old_bases = t->tp_bases;
    PyTypeObject *old_base = t->tp_base;
    rt_type_remove_subclasses(t);
    t->tp_bases = Py_NewRef(bases);
    t->tp_base = (PyTypeObject *)Py_NewRef(new_base);
    int r = mro_hierarchy(t);
    if (r < 0) {
        // Put everything back: the new bases give no consistent MRO.
        PyObject *exc = PyErr_GetRaisedException();
        Py_SETREF(t->tp_bases, old_bases);
        Py_SETREF(t->tp_base, old_base);
        old_bases = NULL;
        old_base = NULL;
        if (mro_hierarchy(t) < 0)
            PyErr_Clear();
        PyErr_SetRaisedException(exc);
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(t->tp_bases); i++) {
        if (rt_type_add_subclass((PyTypeObject *)PyTuple_GET_ITEM(t->tp_bases, i), t) < 0)
            r = -1;
    }
    Py_XDECREF(old_bases);
    Py_XDECREF(old_base);
    rt_type_modified(t);
    return r;
}

// ---- instances ------------------------------------------------------------------------------------

static void
clear_slots(PyTypeObject *type, PyObject *self)
{
    PyMemberDef *mp = PyHeapType_GET_MEMBERS((PyHeapTypeObject *)type);
    for (Py_ssize_t i = 0; i < Py_SIZE(type); i++, mp++) {
        if (mp->type == T_OBJECT_EX && !(mp->flags & READONLY))
            Py_CLEAR(*(PyObject **)((char *)self + mp->offset));
    }
}

static int
traverse_slots(PyTypeObject *type, PyObject *self, visitproc visit, void *arg)
{
    PyMemberDef *mp = PyHeapType_GET_MEMBERS((PyHeapTypeObject *)type);
    for (Py_ssize_t i = 0; i < Py_SIZE(type); i++, mp++) {
        if (mp->type == T_OBJECT_EX)
            Py_VISIT(*(PyObject **)((char *)self + mp->offset));
    }
    return 0;
}

void
rt_subtype_dealloc(PyObject *self)
{
    PyTypeObject *type = Py_TYPE(self), *base = type;
    while (base->tp_dealloc == rt_subtype_dealloc)
        base = base->tp_base;
    PyObject_GC_UnTrack(self);
    RtTrashcan tc = rt_trashcan_begin(self, rt_subtype_dealloc);
    if (tc == RT_TRASHCAN_DEFERRED)
        return;
    if (type->tp_finalize != NULL && PyObject_CallFinalizerFromDealloc(self) < 0) {
        rt_trashcan_end(tc);
        return;
    }
    // Before the slots and the dict go: a callback may still look at the object's type.
    if (type->tp_weaklistoffset && !base->tp_weaklistoffset)
        PyObject_ClearWeakRefs(self);
    for (PyTypeObject *b = type; b != base; b = b->tp_base) {
        if (Py_SIZE(b))
            clear_slots(b, self);
    }
    if (type->tp_dictoffset != 0 && base->tp_dictoffset == 0) {
        PyObject **dictptr = rt_object_dict_ptr(self);
        if (dictptr != NULL)
            Py_CLEAR(*dictptr);
    }
    // Static types' deallocators never touch the class; the reference the instance held on
    // it (taken at allocation) is dropped here, once. A heap base (a struct sequence type, say)
    // drops it in its own deallocator, as in CPython (the same rule rt_subtype_traverse uses).
    int base_drops_type = PyType_HasFeature(base, Py_TPFLAGS_HEAPTYPE);
    base->tp_dealloc(self);
    if (!base_drops_type)
        Py_DECREF(type);
    rt_trashcan_end(tc);
}

int
rt_subtype_traverse(PyObject *self, visitproc visit, void *arg)
{
    PyTypeObject *type = Py_TYPE(self), *base = type;
    while (base->tp_traverse == rt_subtype_traverse) {
        if (Py_SIZE(base)) {
            int err = traverse_slots(base, self, visit, arg);
            if (err)
                return err;
        }
        base = base->tp_base;
    }
    if (type->tp_dictoffset != base->tp_dictoffset) {
        PyObject **dictptr = rt_object_dict_ptr(self);
        if (dictptr != NULL) {
            int err = rt_dict_traverse_instance_dict(*dictptr, visit, arg);
            if (err)
                return err;
        }
    }
    // An instance holds its class: the collector must see that edge (a heap base's own
    // traverse reports it otherwise).
    if (!PyType_HasFeature(base, Py_TPFLAGS_HEAPTYPE))
        Py_VISIT(type);
    return base->tp_traverse != NULL ? base->tp_traverse(self, visit, arg) : 0;
}

int
rt_subtype_clear(PyObject *self)
{
    PyTypeObject *type = Py_TYPE(self), *base = type;
    while (base->tp_clear == rt_subtype_clear) {
        if (Py_SIZE(base))
            clear_slots(base, self);
        base = base->tp_base;
    }
    if (type->tp_dictoffset != base->tp_dictoffset) {
        PyObject **dictptr = rt_object_dict_ptr(self);
        if (dictptr != NULL)
            Py_CLEAR(*dictptr);
    }
    return base->tp_clear != NULL ? base->tp_clear(self) : 0;
}

PyObject *
rt_type_str_subtype_alloc(PyTypeObject *t, Py_ssize_t nbytes)
{
    // The code points, rounded up to a pointer, then the dict pointer (rt_object_dict_ptr).
    size_t end = (size_t)t->tp_basicsize + (size_t)nbytes;
    end = (end + sizeof(PyObject *) - 1) & ~(sizeof(PyObject *) - 1);
    Py_ssize_t n = (Py_ssize_t)(end - (size_t)t->tp_basicsize + sizeof(PyObject *));
    return PyType_GenericAlloc(t, n);
}

static PyObject *
subtype_get_weakref(PyObject *self, void *closure)
{
    (void)closure;
    PyObject *head = (PyObject *)rt_weakref_head(self);
    return Py_NewRef(head != NULL ? head : Py_None);
}

PyGetSetDef rt_subtype_getsets_full[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict,
     "dictionary for instance variables (if defined)", NULL},
    {"__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if "
                                               "defined)", NULL},
    {NULL},
};

PyGetSetDef rt_subtype_getsets_dict_only[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict,
     "dictionary for instance variables (if defined)", NULL},
    {NULL},
};

PyGetSetDef rt_subtype_getsets_weakref_only[] = {
    {"__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if "
                                               "defined)", NULL},
    {NULL},
};

// ---- classes themselves -----------------------------------------------------------------------------

PyObject *
rt_type_display_name(PyTypeObject *t)
{
    if (!PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE) || t->tp_dict == NULL)
        return PyUnicode_FromString(t->tp_name);
    PyObject *mod = PyDict_GetItemWithError(t->tp_dict, PyUnicode_InternFromString("__module__"));
    PyObject *qualname = ((PyHeapTypeObject *)t)->ht_qualname;
    if (mod == NULL && PyErr_Occurred())
        return NULL;
    if (mod != NULL && PyUnicode_Check(mod) && !rt_str_equal_ascii(mod, "builtins") &&
        qualname != NULL)
        return PyUnicode_FromFormat("%U.%U", mod, qualname);
    return PyUnicode_FromString(t->tp_name);
}

PyObject *
rt_type_class_getitem(PyObject *cls, PyObject *key)
{
    // type[int] is an alias, but only for type itself: str[int] must still fail.
    if (cls == (PyObject *)&PyType_Type)
        return Py_GenericAlias(cls, key);
    PyObject *meth;
    if (rt_object_lookup_attr(cls, PyUnicode_InternFromString("__class_getitem__"), &meth) < 0)
        return NULL;
    if (meth != NULL && meth != Py_None) {
        PyObject *r = PyObject_CallOneArg(meth, key);
        Py_DECREF(meth);
        return r;
    }
    Py_XDECREF(meth);
    PyErr_Format(PyExc_TypeError, "type '%.200s' is not subscriptable",
                 ((PyTypeObject *)cls)->tp_name);
    return NULL;
}

int
rt_type_is_gc(PyObject *o)
{
    return PyType_HasFeature((PyTypeObject *)o, Py_TPFLAGS_HEAPTYPE);
}

void
rt_type_dealloc(PyObject *o)
{
    PyTypeObject *type = (PyTypeObject *)o;
    if (!PyType_HasFeature(type, Py_TPFLAGS_HEAPTYPE))
        Py_FatalError("deallocating a static type");
    PyHeapTypeObject *et = (PyHeapTypeObject *)type;
    PyObject_GC_UnTrack(o);
    if (type->tp_weaklist != NULL)
        PyObject_ClearWeakRefs(o);
    rt_type_remove_subclasses(type);
    Py_XDECREF(type->tp_base);
    Py_XDECREF(type->tp_dict);
    Py_XDECREF(type->tp_bases);
    Py_XDECREF(type->tp_mro);
    Py_XDECREF(type->tp_cache);
    Py_XDECREF(type->tp_subclasses);
    Py_XDECREF(et->ht_name);
    Py_XDECREF(et->ht_qualname);
    Py_XDECREF(et->ht_slots);
    Py_XDECREF(et->ht_module);
    if (et->ht_cached_keys != NULL)
        rt_dict_shared_keys_decref(et->ht_cached_keys);
    Py_TYPE(type)->tp_free(o);
}

int
rt_type_traverse(PyObject *o, visitproc visit, void *arg)
{
    PyTypeObject *type = (PyTypeObject *)o;
    if (!PyType_HasFeature(type, Py_TPFLAGS_HEAPTYPE))
        return 0;
    Py_VISIT(type->tp_dict);
    Py_VISIT(type->tp_cache);
    Py_VISIT(type->tp_mro);
    Py_VISIT(type->tp_bases);
    Py_VISIT(type->tp_base);
    Py_VISIT(((PyHeapTypeObject *)type)->ht_module);
    return 0;
}

int
rt_type_clear(PyObject *o)
{
    PyTypeObject *type = (PyTypeObject *)o;
    // Caches must not hand out what the dict is about to drop; the MRO holds the class
    // itself, a cycle nothing else breaks.
    rt_type_modified(type);
    if (type->tp_dict != NULL)
        PyDict_Clear(type->tp_dict);
    Py_CLEAR(((PyHeapTypeObject *)type)->ht_module);
    Py_CLEAR(type->tp_mro);
    return 0;
}
