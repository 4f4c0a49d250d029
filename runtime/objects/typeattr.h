// typeattr.h: attribute lookup: the type dicts PyType_Ready builds from the slot table and the
// method/member/getset tables (typeattr.c), the MRO lookup with its method cache, generic
// getattr/setattr of instances and of types, method loading for calls, and the attribute
// tables of `type` and `object` (type_attrs.c). The slot table itself is in slotdefs.c.
#ifndef KRAIT_RUNTIME_TYPEATTR_H
#define KRAIT_RUNTIME_TYPEATTR_H

#include "runtime/object.h"
#include "runtime/objects/descr.h"

// ---- readying (called by PyType_Ready in type.c) -------------------------------------------

// Build t->tp_dict from t's own slots (slot wrappers, __new__), tp_methods, tp_members,
// tp_getset and tp_doc. Runs before slot inheritance, so only slots t defines itself get
// wrappers, as in CPython. 0, or -1 with an exception set.
int rt_type_ready_dict(PyTypeObject *t);

// After inheritance: a type left with no tp_hash gets __hash__ = None and
// tp_hash = PyObject_HashNotImplemented. 0 or -1.
int rt_type_ready_hash(PyTypeObject *t);

// ---- lookup -----------------------------------------------------------------------------

// The attribute `name` (a str) found in the dicts of t's MRO, or NULL if none has it (no
// exception is set). Borrowed. Results are cached per (t->tp_version_tag, name), so whoever
// changes a type's dict must call rt_type_modified.
PyObject *rt_type_lookup(PyTypeObject *t, PyObject *name);

// Forget every entry of the method cache (at shutdown, and for tests).
void rt_type_cache_clear(void);

// Number of rt_type_lookup calls answered from the cache so far (tests, statistics).
size_t rt_type_cache_hits(void);

// ---- instances --------------------------------------------------------------------------

// object.__getattribute__: data descriptors of the type, then the instance dict (at
// tp_dictoffset), then other class attributes (through __get__), else AttributeError
// "'T' object has no attribute 'name'". New reference or NULL.
PyObject *PyObject_GenericGetAttr(PyObject *obj, PyObject *name);

// object.__setattr__ / __delattr__ (value NULL): data descriptors of the type, then the
// instance dict (created on first store); AttributeError "'T' object has no attribute 'x'"
// when there is no dict, "'T' object attribute 'x' is read-only" for a non-data class
// attribute. 0 or -1.
int PyObject_GenericSetAttr(PyObject *obj, PyObject *name, PyObject *value);

// The generic getattr with an explicit instance dict (NULL: the one at tp_dictoffset).
// With suppress set, a missing attribute returns NULL without an exception.
PyObject *rt_object_generic_getattr(PyObject *obj, PyObject *name, PyObject *dict,
                                    int suppress);

// The generic setattr with an explicit instance dict (NULL: the one at tp_dictoffset).
int rt_object_generic_setattr(PyObject *obj, PyObject *name, PyObject *value, PyObject *dict);

// True if CPython 3.11 would give t's instances a managed dict (Py_TPFLAGS_MANAGED_DICT: a
// class adding __dict__ to a base without items), kept before the object rather than inside:
// __sizeof__ and sys.getsizeof account for it as CPython does, and such classes give their
// instances split dicts (type_new.c), which the collector counts as CPython counts inline values.
int rt_type_has_managed_dict(PyTypeObject *t);

// _PyObject_SIZE(t) as CPython 3.11 has it: tp_basicsize without a managed dict's pointer.
Py_ssize_t rt_type_cpython_basicsize(PyTypeObject *t);

// Address of obj's instance-dict slot (tp_dictoffset), or NULL when its type has none.
PyObject **rt_object_dict_ptr(PyObject *obj);

// obj.__dict__ (created on first use): new reference, or NULL with AttributeError
// "This object has no __dict__".
PyObject *PyObject_GenericGetDict(PyObject *obj, void *closure);

// obj.__dict__ = value: value must be a dict (TypeError "__dict__ must be set to a
// dictionary, not a 'T'"); deleting raises TypeError "cannot delete __dict__". 0 or -1.
int PyObject_GenericSetDict(PyObject *obj, PyObject *value, void *closure);

// getattr(obj, name) without raising AttributeError: 1 with *result (new reference),
// 0 with *result NULL when the attribute does not exist, -1 with *result NULL on other errors.
int rt_object_lookup_attr(PyObject *obj, PyObject *name, PyObject **result);

// Load obj.name for a call (CPython's _PyObject_GetMethod). When the attribute is a method
// descriptor or function found on the type and not shadowed, returns it unbound (new
// reference) with *unbound = 1: call it with obj as the first argument. Otherwise returns
// the attribute as getattr would (*unbound = 0), or NULL with an exception.
PyObject *rt_object_get_method(PyObject *obj, PyObject *name, int *unbound);

// Set name and obj on a pending AttributeError that has neither yet (as 3.11 does for
// suggestions). Never fails.
void rt_object_attribute_error_context(PyObject *obj, PyObject *name);

// ---- types ------------------------------------------------------------------------------

// type.__getattribute__: data descriptors of the metatype, then t's MRO dicts (through
// __get__(None, t)), then the metatype's other attributes; else AttributeError
// "type object 'T' has no attribute 'x'". New reference or NULL.
PyObject *rt_type_getattro(PyObject *t, PyObject *name);

// type.__setattr__: TypeError "cannot set 'x' attribute of immutable type 'T'" for static
// types, else the generic setattr on the type's dict and rt_type_modified. 0 or -1.
int rt_type_setattro(PyObject *t, PyObject *name, PyObject *value);

// The attribute tables of `type` and `object` (type_attrs.c), hooked into the type objects.
extern PyGetSetDef rt_type_getsets[];
extern PyMemberDef rt_type_members[];
extern PyMethodDef rt_type_methods[];
extern PyGetSetDef rt_object_getsets[];
extern PyMethodDef rt_object_methods[];

// ---- the slot table (slotdefs.c) ----------------------------------------------------------

// CPython's slotdefs in CPython's order, terminated by an entry with a NULL name. A name may
// appear twice (__len__ from mp_length and sq_length): the first slot a type defines wins.
extern const RtSlotDef rt_slotdefs[];

// The address of the slot that d describes inside t, or NULL when t lacks d's method table.
void **rt_slotdef_ptr(PyTypeObject *t, const RtSlotDef *d);

// The builtin `__new__` of a type (CPython's tp_new_wrapper): t.__new__(subtype, *args)
// checks that subtype is a subtype of t and that t's tp_new is the right one to call.
extern PyMethodDef rt_tp_new_methoddef;

#endif
