// type_new.c: type(name, bases, ns), i.e. making a class (CPython's type_new): the arguments,
// the metaclass and the base whose layout the class extends, __slots__ and the instance
// layout, the class dict (__module__, __qualname__, __classcell__, implicit static and class
// methods), then PyType_Ready, the slot dispatchers, __set_name__ and __init_subclass__.
// MROs, subclass lists and the life of classes and instances are in type_heap.c.
#include <string.h>
#include "runtime/runtime.h"
#include "runtime/call.h"
#include "runtime/objects/heaptype.h"
#include "runtime/objects/str_props.h"
#include "runtime/objects/typeattr.h"

// What type_new works out on its way, CPython's type_new_ctx.
typedef struct {
    PyTypeObject *metatype;
    PyObject *args, *kwds;
    PyObject *name, *bases, *orig_dict;
    PyTypeObject *base; // the best base
    PyObject *slots;    // __slots__ as a tuple (then mangled and sorted), or NULL
    Py_ssize_t nslot;
    int add_dict, add_weak, may_add_dict, may_add_weak;
} NewCtx;

static PyObject *
str_id(const char *s)
{
    return PyUnicode_InternFromString(s); // immortal until shutdown: no release needed
}

// ---- metaclass and bases ------------------------------------------------------------------------

PyTypeObject *
rt_type_calculate_metaclass(PyTypeObject *meta, PyObject *bases)
{
    PyTypeObject *winner = meta;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); i++) {
        PyTypeObject *t = Py_TYPE(PyTuple_GET_ITEM(bases, i));
        if (PyType_IsSubtype(winner, t))
            continue;
        if (PyType_IsSubtype(t, winner)) {
            winner = t;
            continue;
        }
        PyErr_SetString(PyExc_TypeError,
                        "metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

// True if type's instances have fields beyond those of base's (dict and weak-reference slots
// that a class added do not count: they do not prevent a common layout).
static int
extra_ivars(PyTypeObject *type, PyTypeObject *base)
{
    size_t t_size = (size_t)type->tp_basicsize, b_size = (size_t)base->tp_basicsize;
    if (type->tp_itemsize || base->tp_itemsize)
        return t_size != b_size || type->tp_itemsize != base->tp_itemsize;
    int heap = PyType_HasFeature(type, Py_TPFLAGS_HEAPTYPE);
    if (heap && type->tp_weaklistoffset && base->tp_weaklistoffset == 0 &&
        (size_t)type->tp_weaklistoffset + sizeof(PyObject *) == t_size)
        t_size -= sizeof(PyObject *);
    if (heap && type->tp_dictoffset > 0 && base->tp_dictoffset == 0 &&
        (size_t)type->tp_dictoffset + sizeof(PyObject *) == t_size)
        t_size -= sizeof(PyObject *);
    return t_size != b_size;
}

// The nearest class in type's base chain that adds fields to the instance layout.
static PyTypeObject *
solid_base(PyTypeObject *type)
{
    PyTypeObject *base = type->tp_base != NULL ? solid_base(type->tp_base) : &PyBaseObject_Type;
    return extra_ivars(type, base) ? type : base;
}

PyTypeObject *
rt_type_best_base(PyObject *bases)
{
    PyTypeObject *base = NULL, *winner = NULL;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); i++) {
        PyObject *proto = PyTuple_GET_ITEM(bases, i);
        if (!PyType_Check(proto)) {
            PyErr_SetString(PyExc_TypeError, "bases must be types");
            return NULL;
        }
        PyTypeObject *base_i = (PyTypeObject *)proto;
        if (PyType_Ready(base_i) < 0)
            return NULL;
        if (!PyType_HasFeature(base_i, Py_TPFLAGS_BASETYPE)) {
            PyErr_Format(PyExc_TypeError, "type '%.100s' is not an acceptable base type",
                         base_i->tp_name);
            return NULL;
        }
        PyTypeObject *candidate = solid_base(base_i);
        if (winner == NULL) {
            winner = candidate;
            base = base_i;
        }
        else if (PyType_IsSubtype(winner, candidate)) {
            continue;
        }
        else if (PyType_IsSubtype(candidate, winner)) {
            winner = candidate;
            base = base_i;
        }
        else {
            PyErr_SetString(PyExc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

// Sets ctx->bases (a new reference), ctx->base and the winning metatype. Returns 1 when
// another metaclass's __new__ made the class (*type), 0 to go on, -1 on error.
static int
get_bases(NewCtx *ctx, PyObject **type)
{
    Py_ssize_t nbases = PyTuple_GET_SIZE(ctx->bases);
    if (nbases == 0) {
        ctx->base = &PyBaseObject_Type;
        ctx->bases = PyTuple_Pack(1, (PyObject *)ctx->base);
        return ctx->bases == NULL ? -1 : 0;
    }
    for (Py_ssize_t i = 0; i < nbases; i++) {
        PyObject *base = PyTuple_GET_ITEM(ctx->bases, i), *entries;
        if (PyType_Check(base))
            continue;
        if (rt_object_lookup_attr(base, str_id("__mro_entries__"), &entries) < 0)
            return -1;
        if (entries != NULL) {
            Py_DECREF(entries);
            PyErr_SetString(PyExc_TypeError, "type() doesn't support MRO entry resolution; use "
                                             "types.new_class()");
            return -1;
        }
    }
    PyTypeObject *winner = rt_type_calculate_metaclass(ctx->metatype, ctx->bases);
    if (winner == NULL)
        return -1;
    if (winner != ctx->metatype) {
        if (winner->tp_new != rt_type_new) {
            *type = winner->tp_new(winner, ctx->args, ctx->kwds);
            return *type == NULL ? -1 : 1;
        }
        ctx->metatype = winner;
    }
    ctx->base = rt_type_best_base(ctx->bases);
    if (ctx->base == NULL)
        return -1;
    Py_INCREF(ctx->bases);
    return 0;
}

// ---- __slots__ ------------------------------------------------------------------------------------

// Bases whose instances CPython sizes by their items: they take no __slots__ and no weak
// references. Krait's int is fixed-size, but classes must behave as CPython's.
static int
varsized(PyTypeObject *t)
{
    return t->tp_itemsize != 0 || PyType_FastSubclass(t, Py_TPFLAGS_LONG_SUBCLASS);
}

static int
get_slots(NewCtx *ctx, PyObject *dict)
{
    PyObject *slots = PyDict_GetItemWithError(dict, str_id("__slots__"));
    if (slots == NULL)
        return PyErr_Occurred() ? -1 : 0;
    ctx->slots = PyUnicode_Check(slots) ? PyTuple_Pack(1, slots) : PySequence_Tuple(slots);
    if (ctx->slots == NULL)
        return -1;
    ctx->nslot = PyTuple_GET_SIZE(ctx->slots);
    return 0;
}

static int
valid_identifier(PyObject *s)
{
    if (!PyUnicode_Check(s)) {
        PyErr_Format(PyExc_TypeError, "__slots__ items must be strings, not '%.200s'",
                     Py_TYPE(s)->tp_name);
        return 0;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    int ok = n > 0;
    for (Py_ssize_t i = 0; ok && i < n; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(s, i);
        ok = c == '_' || rt_str_char_isalpha(c) || (i > 0 && rt_str_char_isdigit(c));
    }
    if (!ok)
        PyErr_SetString(PyExc_TypeError, "__slots__ must be identifiers");
    return ok;
}

// __private names in __slots__ become _Class__private, as the compiler mangles them in the
// class body (CPython's _Py_Mangle).
static PyObject *
mangle(PyObject *classname, PyObject *ident)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(ident), plen = PyUnicode_GET_LENGTH(classname);
    if (n < 2 || PyUnicode_READ_CHAR(ident, 0) != '_' || PyUnicode_READ_CHAR(ident, 1) != '_')
        return Py_NewRef(ident);
    if (PyUnicode_READ_CHAR(ident, n - 1) == '_' && PyUnicode_READ_CHAR(ident, n - 2) == '_')
        return Py_NewRef(ident);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyUnicode_READ_CHAR(ident, i) == '.')
            return Py_NewRef(ident);
    }
    Py_ssize_t skip = 0;
    while (skip < plen && PyUnicode_READ_CHAR(classname, skip) == '_')
        skip++;
    if (skip == plen)
        return Py_NewRef(ident);
    PyObject *stripped = PyUnicode_Substring(classname, skip, plen);
    if (stripped == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("_%U%U", stripped, ident);
    Py_DECREF(stripped);
    return r;
}

static int
visit_slots(NewCtx *ctx)
{
    for (Py_ssize_t i = 0; i < ctx->nslot; i++) {
        PyObject *name = PyTuple_GET_ITEM(ctx->slots, i);
        if (!valid_identifier(name))
            return -1;
        if (rt_str_equal_ascii(name, "__dict__")) {
            if (!ctx->may_add_dict || ctx->add_dict) {
                PyErr_SetString(PyExc_TypeError, "__dict__ slot disallowed: we already got one");
                return -1;
            }
            ctx->add_dict = 1;
        }
        if (rt_str_equal_ascii(name, "__weakref__")) {
            if (!ctx->may_add_weak || ctx->add_weak) {
                PyErr_SetString(PyExc_TypeError, "__weakref__ slot disallowed: either we already "
                                                 "got one, or __itemsize__ != 0");
                return -1;
            }
            ctx->add_weak = 1;
        }
    }
    return 0;
}

// The slot names without __dict__/__weakref__, mangled and sorted (so that classes with the
// same slots have the same layout, for __class__ assignment), as a new tuple.
static PyObject *
copy_slots(NewCtx *ctx, PyObject *dict)
{
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < ctx->nslot; i++) {
        PyObject *slot = PyTuple_GET_ITEM(ctx->slots, i);
        if ((ctx->add_dict && rt_str_equal_ascii(slot, "__dict__")) ||
            (ctx->add_weak && rt_str_equal_ascii(slot, "__weakref__")))
            continue;
        slot = mangle(ctx->name, slot);
        if (slot == NULL || PyList_Append(list, slot) < 0)
            goto error;
        int r = PyDict_Contains(dict, slot);
        // The class body's own __qualname__ and __classcell__ leave the dict below.
        if (r > 0 && !rt_str_equal_ascii(slot, "__qualname__") &&
            !rt_str_equal_ascii(slot, "__classcell__")) {
            PyErr_Format(PyExc_ValueError, "%R in __slots__ conflicts with class variable", slot);
            r = -1;
        }
        Py_DECREF(slot);
        if (r < 0)
            goto error;
    }
    if (PyList_Sort(list) < 0)
        goto error;
    PyObject *tuple = PyList_AsTuple(list);
    Py_DECREF(list);
    return tuple;
error:
    Py_DECREF(list);
    return NULL;
}

// Which of __dict__ and __weakref__ the class adds (CPython's type_new_slots).
static int
compute_layout(NewCtx *ctx, PyObject *dict)
{
    PyTypeObject *base = ctx->base;
    ctx->may_add_dict = base->tp_dictoffset == 0;
    ctx->may_add_weak = base->tp_weaklistoffset == 0 && !varsized(base);
    if (ctx->slots == NULL) {
        ctx->add_dict = ctx->may_add_dict;
        ctx->add_weak = ctx->may_add_weak;
        return 0;
    }
    if (ctx->nslot > 0 && varsized(base)) {
        PyErr_Format(PyExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                     base->tp_name);
        return -1;
    }
    if (visit_slots(ctx) < 0)
        return -1;
    PyObject *slots = copy_slots(ctx, dict);
    if (slots == NULL)
        return -1;
    Py_SETREF(ctx->slots, slots);
    ctx->nslot = PyTuple_GET_SIZE(slots);
    // A secondary base with a dict or weak references gives the class them too.
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(ctx->bases); i++) {
        PyTypeObject *b = (PyTypeObject *)PyTuple_GET_ITEM(ctx->bases, i);
        if (b == base)
            continue;
        if (ctx->may_add_dict && !ctx->add_dict && b->tp_dictoffset != 0)
            ctx->add_dict = 1;
        if (ctx->may_add_weak && !ctx->add_weak && b->tp_weaklistoffset != 0)
            ctx->add_weak = 1;
    }
    return 0;
}

// ---- the type object ----------------------------------------------------------------------------

static PyTypeObject *
alloc_type(NewCtx *ctx)
{
    PyTypeObject *meta = ctx->metatype;
    // One more member entry than slots: the table ends with an empty one.
    PyTypeObject *type = (PyTypeObject *)meta->tp_alloc(meta, ctx->nslot + 1);
    if (type == NULL)
        return NULL;
    Py_SET_SIZE(type, ctx->nslot);
    PyHeapTypeObject *et = (PyHeapTypeObject *)type;
    // Every class is a GC container: an instance stored on its own class makes a cycle.
    type->tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASETYPE |
                     Py_TPFLAGS_HAVE_GC;
    type->tp_as_async = &et->as_async;
    type->tp_as_number = &et->as_number;
    type->tp_as_sequence = &et->as_sequence;
    type->tp_as_mapping = &et->as_mapping;
    type->tp_bases = Py_NewRef(ctx->bases);
    type->tp_base = (PyTypeObject *)Py_NewRef(ctx->base);
    type->tp_dealloc = rt_subtype_dealloc;
    type->tp_alloc = PyType_FastSubclass(ctx->base, Py_TPFLAGS_UNICODE_SUBCLASS)
                         ? rt_type_str_subtype_alloc
                         : PyType_GenericAlloc;
    type->tp_free = PyObject_GC_Del;
    type->tp_traverse = rt_subtype_traverse;
    type->tp_clear = rt_subtype_clear;
    et->ht_name = Py_NewRef(ctx->name);
    return type;
}

static int
set_name(PyTypeObject *type, PyObject *name)
{
    Py_ssize_t len;
    const char *s = PyUnicode_AsUTF8AndSize(name, &len);
    if (s == NULL)
        return -1;
    if ((Py_ssize_t)strlen(s) != len) {
        PyErr_SetString(PyExc_ValueError, "type name must not contain null characters");
        return -1;
    }
    type->tp_name = s;
    return 0;
}

// __module__ defaults to the __name__ of the globals the class statement runs in.
static int
set_module(PyTypeObject *type)
{
    PyObject *key = str_id("__module__");
    int r = PyDict_Contains(type->tp_dict, key);
    RtFrameView f;
    if (r != 0 || rt_current_frame_hook == NULL || !rt_current_frame_hook(&f))
        return r < 0 ? -1 : 0;
    PyObject *module = PyDict_GetItemWithError(f.globals, str_id("__name__"));
    if (module == NULL)
        return PyErr_Occurred() ? -1 : 0;
    return PyDict_SetItem(type->tp_dict, key, module);
}

static int
set_qualname(PyTypeObject *type)
{
    PyHeapTypeObject *et = (PyHeapTypeObject *)type;
    PyObject *key = str_id("__qualname__");
    PyObject *qualname = PyDict_GetItemWithError(type->tp_dict, key);
    if (qualname == NULL) {
        if (PyErr_Occurred())
            return -1;
        et->ht_qualname = Py_NewRef(et->ht_name);
        return 0;
    }
    if (!PyUnicode_Check(qualname)) {
        PyErr_Format(PyExc_TypeError, "type __qualname__ must be a str, not %s",
                     Py_TYPE(qualname)->tp_name);
        return -1;
    }
    et->ht_qualname = Py_NewRef(qualname);
    return PyDict_DelItem(type->tp_dict, key);
}

// A plain function under `key` becomes wrap(function): __new__ is implicitly a static method,
// __init_subclass__ and __class_getitem__ class methods.
static int
wrap_function(PyTypeObject *type, const char *key, PyObject *(*wrap)(PyObject *))
{
    PyObject *k = str_id(key);
    PyObject *func = PyDict_GetItemWithError(type->tp_dict, k);
    if (func == NULL)
        return PyErr_Occurred() ? -1 : 0;
    if (!PyFunction_Check(func))
        return 0;
    PyObject *wrapped = wrap(func);
    if (wrapped == NULL)
        return -1;
    int r = PyDict_SetItem(type->tp_dict, k, wrapped);
    Py_DECREF(wrapped);
    return r;
}

// The member descriptors of the slots, then the instance dict and weak-reference list
// (CPython 3.10's layout: no managed dict).
static void
set_layout(NewCtx *ctx, PyTypeObject *type)
{
    PyHeapTypeObject *et = (PyHeapTypeObject *)type;
    PyTypeObject *base = ctx->base;
    Py_ssize_t offset = base->tp_basicsize;
    PyMemberDef *mp = PyHeapType_GET_MEMBERS(et);
    for (Py_ssize_t i = 0; i < ctx->nslot; i++, mp++) {
        // The str lives in ht_slots as long as the class, and keeps its UTF-8 form.
        mp->name = PyUnicode_AsUTF8(PyTuple_GET_ITEM(et->ht_slots, i));
        mp->type = T_OBJECT_EX;
        mp->offset = offset;
        offset += sizeof(PyObject *);
    }
    if (ctx->add_dict) {
        if (base->tp_itemsize) {
            // After the items; str's allocator makes room for it itself, as its instances
            // must keep str's basic size.
            type->tp_dictoffset = -(Py_ssize_t)sizeof(PyObject *);
            if (!PyType_FastSubclass(base, Py_TPFLAGS_UNICODE_SUBCLASS))
                offset += sizeof(PyObject *);
        }
        else {
            type->tp_dictoffset = offset;
            offset += sizeof(PyObject *);
        }
    }
    if (ctx->add_weak) {
        type->tp_weaklistoffset = offset;
        offset += sizeof(PyObject *);
    }
    type->tp_basicsize = offset;
    type->tp_itemsize = base->tp_itemsize;
    type->tp_members = PyHeapType_GET_MEMBERS(et);
    if (type->tp_weaklistoffset && type->tp_dictoffset)
        type->tp_getset = rt_subtype_getsets_full;
    else if (type->tp_weaklistoffset)
        type->tp_getset = rt_subtype_getsets_weakref_only;
    else if (type->tp_dictoffset)
        type->tp_getset = rt_subtype_getsets_dict_only;
    if (type->tp_dictoffset != 0 || ctx->nslot > 0) {
        if (base->tp_getattro == NULL)
            type->tp_getattro = PyObject_GenericGetAttr;
        if (base->tp_setattro == NULL)
            type->tp_setattro = PyObject_GenericSetAttr;
    }
}

// The compiler puts a __classcell__ in the namespace when a method uses super() or
// __class__: it must now refer to the class.
static int
set_classcell(PyTypeObject *type)
{
    PyObject *key = str_id("__classcell__");
    PyObject *cell = PyDict_GetItemWithError(type->tp_dict, key);
    if (cell == NULL)
        return PyErr_Occurred() ? -1 : 0;
    if (!PyCell_Check(cell)) {
        PyErr_Format(PyExc_TypeError, "__classcell__ must be a nonlocal cell, not %.200R",
                     Py_TYPE(cell));
        return -1;
    }
    PyCell_Set(cell, (PyObject *)type);
    return PyDict_DelItem(type->tp_dict, key);
}

static int
set_attrs(NewCtx *ctx, PyTypeObject *type)
{
    if (set_name(type, ctx->name) < 0 || set_module(type) < 0 || set_qualname(type) < 0 ||
        wrap_function(type, "__new__", PyStaticMethod_New) < 0 ||
        wrap_function(type, "__init_subclass__", PyClassMethod_New) < 0 ||
        wrap_function(type, "__class_getitem__", PyClassMethod_New) < 0)
        return -1;
    set_layout(ctx, type);
    return set_classcell(type);
}

// ---- after the class is ready -----------------------------------------------------------------

// Call __set_name__(cls, name) of the values that define it (descriptors that want to know
// the attribute they were stored under).
static int
set_names(PyTypeObject *type)
{
    PyObject *names = PyDict_Copy(type->tp_dict);
    if (names == NULL)
        return -1;
    PyObject *set_name_id = str_id("__set_name__"), *key, *value;
    Py_ssize_t pos = 0;
    int r = 0;
    while (r == 0 && PyDict_Next(names, &pos, &key, &value)) {
        PyObject *func = rt_type_lookup_special(value, set_name_id);
        if (func == NULL) {
            r = PyErr_Occurred() ? -1 : 0;
            continue;
        }
        PyObject *args[2] = {(PyObject *)type, key};
        PyObject *res = rt_call_vector(func, args, 2, NULL);
        Py_DECREF(func);
        if (res == NULL) {
            // 3.11 wraps the error, with it as the cause.
            PyObject *cause = PyErr_GetRaisedException();
            PyErr_Format(PyExc_RuntimeError, "Error calling __set_name__ on '%.100s' instance %R "
                         "in '%.100s'", Py_TYPE(value)->tp_name, key, type->tp_name);
            PyObject *exc = PyErr_GetRaisedException();
            PyException_SetContext(exc, Py_NewRef(cause));
            PyException_SetCause(exc, cause);
            PyErr_SetRaisedException(exc);
            r = -1;
        }
        Py_XDECREF(res);
    }
    Py_DECREF(names);
    return r;
}

// super(type, type).__init_subclass__(**kwds): the parent's hook, told about the new class.
static int
init_subclass(PyTypeObject *type, PyObject *kwds)
{
    PyObject *args[2] = {(PyObject *)type, (PyObject *)type};
    PyObject *super = rt_call_vector((PyObject *)&PySuper_Type, args, 2, NULL);
    if (super == NULL)
        return -1;
    PyObject *func = PyObject_GetAttr(super, str_id("__init_subclass__"));
    Py_DECREF(super);
    if (func == NULL)
        return -1;
    PyObject *r = PyObject_VectorcallDict(func, NULL, 0, kwds);
    Py_DECREF(func);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

static PyObject *
type_new_impl(NewCtx *ctx)
{
    PyObject *dict = PyDict_Copy(ctx->orig_dict);
    if (dict == NULL)
        return NULL;
    if (get_slots(ctx, dict) < 0 || compute_layout(ctx, dict) < 0) {
        Py_DECREF(dict);
        return NULL;
    }
    PyTypeObject *type = alloc_type(ctx);
    if (type == NULL) {
        Py_DECREF(dict);
        return NULL;
    }
    type->tp_dict = dict;
    ((PyHeapTypeObject *)type)->ht_slots = ctx->slots;
    ctx->slots = NULL;
    PyObject_GC_Track(type);
    if (set_attrs(ctx, type) < 0 || PyType_Ready(type) < 0)
        goto error;
    // Instances share their dict keys (split dicts, dict_internal.h) where CPython 3.11 gives
    // them a managed dict: a heap class added the __dict__ to a fixed-size layout.
    if (rt_type_has_managed_dict(type) &&
        (((PyHeapTypeObject *)type)->ht_cached_keys = rt_dict_shared_keys_new()) == NULL)
        goto error;
    rt_type_fixup_slots(type);
    if (set_names(type) < 0 || init_subclass(type, ctx->kwds) < 0)
        goto error;
    return (PyObject *)type;
error:
    Py_DECREF(type);
    return NULL;
}

// type.__new__'s "UO!O!:type.__new__" arguments, with CPython's messages.
static int
parse_args(PyObject *args, NewCtx *ctx)
{
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n != 3) {
        PyErr_Format(PyExc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)", n);
        return -1;
    }
    static const char *const expected[3] = {"str", "tuple", "dict"};
    PyObject *a[3] = {PyTuple_GET_ITEM(args, 0), PyTuple_GET_ITEM(args, 1),
                      PyTuple_GET_ITEM(args, 2)};
    int ok[3] = {PyUnicode_Check(a[0]), PyTuple_Check(a[1]), PyDict_Check(a[2])};
    for (int i = 0; i < 3; i++) {
        if (!ok[i]) {
            PyErr_Format(PyExc_TypeError, "type.__new__() argument %d must be %s, not %.200s",
                         i + 1, expected[i], Py_TYPE(a[i])->tp_name);
            return -1;
        }
    }
    ctx->name = a[0];
    ctx->bases = a[1];
    ctx->orig_dict = a[2];
    return 0;
}

PyObject *
rt_type_new(PyTypeObject *meta, PyObject *args, PyObject *kwds)
{
    NewCtx ctx = {.metatype = meta, .args = args, .kwds = kwds};
    if (parse_args(args, &ctx) < 0)
        return NULL;
    PyObject *type = NULL;
    int r = get_bases(&ctx, &type);
    if (r != 0)
        return r > 0 ? type : NULL;
    type = type_new_impl(&ctx);
    Py_XDECREF(ctx.slots);
    Py_DECREF(ctx.bases);
    return type;
}
